crate::open_enum! {
    #[doc = "What a custom field describes."] CustomFieldScope { #[doc = "`visitor`"]
    Visitor = "visitor", #[doc = "`room`"] Room = "room" }
}
