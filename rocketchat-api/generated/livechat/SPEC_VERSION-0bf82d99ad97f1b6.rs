/// Version of the server API the spec describes.
pub const SPEC_VERSION: &str = "8.8.0";
