///`request_pdf_transcript`: its row of [`OPERATIONS`](crate::OPERATIONS).
pub const REQUEST_PDF_TRANSCRIPT: &crate::Operation = &crate::OPERATIONS[132];
