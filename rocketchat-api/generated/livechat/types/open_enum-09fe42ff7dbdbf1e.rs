crate::open_enum! {
    #[doc =
    "What happened to a record, as the `stream-notify-user` `<uid>/subscriptions-changed` and `<uid>/rooms-changed` events say it (first argument).\n"]
    ClientAction { #[doc = "`inserted`"] Inserted = "inserted", #[doc = "`updated`"]
    Updated = "updated", #[doc = "`removed`"] Removed = "removed", #[doc = "`changed`"]
    Changed = "changed" }
}
