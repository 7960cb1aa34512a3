/// The plan's import form for administrators, with the outcome of the last upload.
enum PlanImportPage {
    struct Model {
        /// What the last upload changed, when it was applied.
        var notice: String?
        /// Every reason the last upload was refused; empty when it was not.
        var issues: [String]
        /// How many problems the file has, when more than are listed.
        var total: Int? = nil
    }
}
