crate::open_enum! {
    #[doc = "What a trigger does."] TriggerActionName { #[doc = "`send-message`"]
    SendMessage = "send-message", #[doc = "`use-external-service`"] UseExternalService =
    "use-external-service" }
}
