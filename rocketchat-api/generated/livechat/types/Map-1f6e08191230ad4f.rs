impl ::std::convert::From<ChatsPerAgentChart>
for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
    fn from(value: ChatsPerAgentChart) -> Self {
        value.0
    }
}
impl ::std::convert::From<ChatsPerDepartmentChart>
for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
    fn from(value: ChatsPerDepartmentChart) -> Self {
        value.0
    }
}
