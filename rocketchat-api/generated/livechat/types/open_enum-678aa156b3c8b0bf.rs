crate::open_enum! {
    #[doc =
    "The default business hours, or custom ones (Enterprise; LivechatBusinessHourTypes)."]
    BusinessHourType { #[doc = "`default`"] Default = "default", #[doc = "`custom`"]
    Custom = "custom" }
}
