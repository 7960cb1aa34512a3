/// The hidden `_csrf` field as a browser sends it inside a multipart upload.
func csrfPart(_ token: String, boundary: String) -> String {
    "--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(token)\r\n"
}
