const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<::std::sync::Arc<dyn crate::Hooks>>,
    {}
};
