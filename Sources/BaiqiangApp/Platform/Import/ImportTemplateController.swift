import BaiqiangCore
import BaiqiangHTML
import Vapor

/// `/import-templates/{kind}/{csv|xlsx}`: every import's template, in the page's language, for
/// those who may run that import; and the links an import page shows to it.
struct ImportTemplateController {
    /// The address's last part for a template's notes.
    static let notes = "notes"

    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.importTemplate(kind: .placeholder(.code), format: .placeholder(.file)).components, use: download)
    }

    @Sendable func download(_ request: Request) async throws -> Response {
        let file = try request.parameters.require(.file)
        guard let entry = ImportTemplates.entry(try request.parameters.require(.code)),
              let format = TableExport.Format(rawValue: file) ?? (file == Self.notes ? .csv : nil) else {
            throw Abort(.notFound)
        }
        _ = try request.requirePermission(entry.permission)
        let language = request.language
        // `notes`: the columns' meaning, unit, requirement and rule as a CSV of its own, the
        // companion of the CSV template (the XLSX template has them on its second sheet).
        let bytes: [UInt8] = if file == Self.notes {
            entry.template.notesCSV(language)
        } else {
            switch format {
            case .csv: entry.template.csv(language)
            case .xlsx: try entry.template.xlsx(language)
            }
        }
        var headers = HTTPHeaders()
        headers.contentType = format.mediaType
        let name = (language == .en ? entry.template.name.en : entry.template.name.zh)
            + (file == Self.notes ? (language == .en ? " notes" : "说明") : (language == .en ? " template" : "模板"))
        headers.contentDisposition = .init(.attachment, filename: "\(name).\(format.rawValue)")
        return Response(status: .ok, headers: headers, body: .init(data: Data(bytes)))
    }

    /// "Download a template: [label] CSV · XLSX; …", for an import page; a label names each kind
    /// when the page imports several.
    static func links(_ kinds: [(kind: String, label: String?)], _ context: PageContext) -> Node {
        .p(.class("muted import-templates"), .text(context.t("imports.template") + " "),
           .forEach(Array(kinds.enumerated())) { index, entry in
               .group(
                   .if(index > 0, .text("；")),
                   .unwrap(entry.label) { .text($0 + " ") },
                   .a(.href(SiteURL.importTemplate(kind: entry.kind, format: "csv").path), .text("CSV")),
                   .text(" · "),
                   .a(.href(SiteURL.importTemplate(kind: entry.kind, format: "xlsx").path), .text("XLSX")),
                   .text(" · "),
                   .a(.href(SiteURL.importTemplate(kind: entry.kind, format: Self.notes).path), .text(context.t("imports.template_notes"))))
           },
           .text(" " + context.t("imports.template_note")))
    }
}
