///`upload_file`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const UPLOAD_FILE: &crate::Operation = &crate::OPERATIONS[177];
