import BaiqiangCore
import Fluent
import Vapor

/// Open311 GeoReport v2 under `/open311/v2`: discovery, services, a service's definition,
/// filing a request (api_key required), tokens, and reading requests, in JSON or XML by the
/// path's suffix, with the spec's error documents. Demand categories are the services; a demand's
/// tracking number is its `service_request_id`; `expected_datetime` is its working-day
/// closure deadline. Reads are public, so they never name the enterprise.
struct Open311Controller {
    static let maximumRangeDays = 90
    static let defaultPageSize = 50
    static let maximumPageSize = 500

    func register(_ app: any RoutesBuilder) {
        let v2 = app.grouped("open311", "v2")
        let file = String.placeholder(.file)
        v2.get(SiteURL.Open311.root(file: file).components, use: { try await handle($0, self.top) })
        v2.post(SiteURL.Open311.root(file: file).components, use: { try await handle($0, self.post) })
        v2.get(SiteURL.Open311.service(file: file).components, use: { try await handle($0, self.service) })
        v2.get(SiteURL.Open311.request(file: file).components, use: { try await handle($0, self.request) })
        v2.get(SiteURL.Open311.token(file: file).components, use: { try await handle($0, self.token) })
    }

    /// Runs a handler, turning every failure into the spec's error document in the asked format.
    func handle(_ request: Request, _ body: (Request, String, Open311Format) async throws -> Response) async throws -> Response {
        let file = try request.parameters.require(.file)
        guard let (name, format) = Open311Format.split(file) else {
            return Open311Error(status: .notFound, description: "unknown format").response(.json)
        }
        do {
            return try await body(request, name, format)
        } catch let error as Open311Error {
            return error.response(format)
        } catch let error as any BilingualError {
            return Open311Error(status: error.kind.status, description: error.message.text(for: request.language)).response(format)
        } catch let abort as any AbortError {
            return Open311Error(status: abort.status, description: abort.reason).response(format)
        } catch {
            request.logger.error("open311 failure", metadata: ["error": "\(String(reflecting: error))"])
            return Open311Error(status: .internalServerError, description: "internal error, request id \(request.id)").response(format)
        }
    }

    func language(_ request: Request) -> Language { request.language }

    // MARK: GET discovery, services, requests

    func top(_ request: Request, _ name: String, _ format: Open311Format) async throws -> Response {
        switch name {
        case "discovery": return discovery(request, format)
        case "services": return services(request, format)
        case "requests": return try await requests(request, format)
        default: throw Open311Error(status: .notFound, description: "no such resource: \(name)")
        }
    }

    func discovery(_ request: Request, _ format: Open311Format) -> Response {
        let base = (request.headers.first(name: .host).map { "http://\($0)" } ?? "") + "/open311/v2"
        let endpoint = Open311Value.object([
            ("specification", .string("http://wiki.open311.org/GeoReport_v2")),
            ("url", .string(base)),
            ("changeset", .string("2026-11-26T00:00:00+08:00")),
            ("type", .string("production")),
            ("formats", .list(element: "format", [.string("text/xml"), .string("application/json")])),
        ])
        let document = Open311Value.object([
            ("changeset", .string("2026-11-26T00:00:00+08:00")),
            ("contact", .string("诉求中心 / demand centre")),
            ("key_service", .string("api_key 由县诉求中心签发（baiqiang open311 key create）/ keys are issued by the county's demand centre")),
            ("endpoints", .list(element: "endpoint", [endpoint])),
        ])
        return format.response(document, root: "discovery")
    }

    func services(_ request: Request, _ format: Open311Format) -> Response {
        let language = language(request)
        let list = request.appEnvironment.reference.demandCategories.categories.map { category in
            Open311Value.object([
                ("service_code", .string(category.code)),
                ("service_name", .string(category.name.text(for: language))),
                ("description", .string(category.description.text(for: language))),
                ("metadata", .bool(true)),
                ("type", .string("realtime")),
                ("keywords", .string(category.limit(for: .closure)?.label.text(for: language) ?? "")),
                ("group", .string(category.group.text(for: language))),
            ])
        }
        return format.response(.list(element: "service", list), root: "services")
    }

    /// `services/{code}`: the one attribute a filer adds, the firm's credit code.
    func service(_ request: Request, _ code: String, _ format: Open311Format) async throws -> Response {
        guard request.appEnvironment.reference.demandCategories.category(code) != nil else {
            throw Open311Error(status: .notFound, description: "unknown service_code: \(code)")
        }
        let attribute = Open311Value.object([
            ("variable", .bool(true)),
            ("code", .string("credit_code")),
            ("datatype", .string("string")),
            ("required", .bool(true)),
            ("datatype_description", .string("统一社会信用代码（18 位）/ unified social credit code (18 characters)")),
            ("order", .number(1)),
            ("description", .string("提出诉求的企业 / the enterprise raising the demand")),
        ])
        return format.response(.object([("service_code", .string(code)), ("attributes", .list(element: "attribute", [attribute]))]),
                               root: "service_definition")
    }

    func requests(_ request: Request, _ format: Open311Format) async throws -> Response {
        // Lists of ids or codes are bounded like notes, so one query cannot carry a megabyte.
        for name in ["service_request_id", "service_code", "status", "start_date", "end_date", "page", "page_size", "api_key"] {
            if let value = param(request, name), !FieldLimits.fits(value, .note) {
                throw Open311Error(status: .badRequest, description: "\(name): \(FieldLimits.tooLong(.note).en)")
            }
        }
        let query = store(request).publicRequests()
        if let ids = param(request, "service_request_id") {
            // Listing ids overrides every other filter (the spec's rule).
            query.filter(\.$trackingNumber ~~ ids.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        } else {
            if let codes = param(request, "service_code") {
                query.filter(\.$categoryCode ~~ codes.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
            }
            if let statuses = param(request, "status") {
                let wanted = Set(statuses.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
                guard wanted.isSubset(of: ["open", "closed"]) else {
                    throw Open311Error(status: .badRequest, description: "status must be open or closed")
                }
                if wanted == ["open"] { query.filter(\.$status != DemandStatus.closed.rawValue) }
                if wanted == ["closed"] { query.filter(\.$status == DemandStatus.closed.rawValue) }
            }
            let (start, end) = try range(request)
            query.filter(\.$submittedAt >= start).filter(\.$submittedAt <= end)
        }
        let page = try intParam(request, "page", default: 1, range: 1...1_000_000)
        let size = try intParam(request, "page_size", default: Self.defaultPageSize, range: 1...Self.maximumPageSize)
        let rows = try await query.sort(\.$submittedAt, .descending).sort(\.$trackingNumber, .descending)
            .range(((page - 1) * size)..<(page * size)).all()
        let detailed = try await presentsValidKey(request)
        return format.response(.list(element: "request", try rows.map { try view($0, request, detailed: detailed) }), root: "service_requests")
    }

    func store(_ request: Request) -> DemandStore {
        DemandStore(db: request.db, environment: request.appEnvironment, county: request.countyCode)
    }

    func param(_ request: Request, _ name: String) -> String? {
        guard let value = try? request.query.get(String.self, at: name) else { return nil }
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
    }

    func intParam(_ request: Request, _ name: String, default value: Int, range: ClosedRange<Int>) throws -> Int {
        guard let text = param(request, name) else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw Open311Error(status: .badRequest, description: "\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    /// The window of `requested_datetime`: the last 90 days by default; at most 90 days.
    func range(_ request: Request) throws -> (Date, Date) {
        func date(_ name: String) throws -> Date? {
            guard let text = param(request, name) else { return nil }
            guard let value = ShanghaiTime.parseISO8601(text) else {
                throw Open311Error(status: .badRequest, description: "\(name) must be a W3C date-time, e.g. 2026-01-01T00:00:00Z")
            }
            return value
        }
        let span = TimeInterval(Self.maximumRangeDays * 86_400)
        let start = try date("start_date"), end = try date("end_date")
        let to = end ?? start.map { $0.addingTimeInterval(span) } ?? request.appEnvironment.now
        let from = start ?? to.addingTimeInterval(-span)
        guard from <= to else { throw Open311Error(status: .badRequest, description: "start_date is after end_date") }
        guard to.timeIntervalSince(from) <= span else {
            throw Open311Error(status: .badRequest, description: "the date range may not span more than \(Self.maximumRangeDays) days")
        }
        return (from, to)
    }

    /// Whether the reader presented a key the county issued. Anonymous readers see how demands are
    /// handled (status, category, times, deadline) but not what a firm wrote or where it is: an
    /// enterprise's demand can hold business matters, and its address names the firm.
    func presentsValidKey(_ request: Request) async throws -> Bool {
        guard let presented = param(request, "api_key") else { return false }
        return try await store(request).open311Key(presented) != nil
    }

    func view(_ demand: Demand, _ request: Request, detailed: Bool) throws -> Open311Value {
        let state = try demand.state
        let language = language(request)
        let category = request.appEnvironment.reference.demandCategories.category(state.categoryCode)
        let updated = [state.submittedAt, state.acceptedAt, state.assignedAt, state.respondedAt, state.resolvedAt, state.closedAt,
                       state.lastUrgedAt, state.escalatedAt].compactMap { $0 }.max() ?? state.submittedAt
        return .object([
            ("service_request_id", .string(demand.trackingNumber)),
            ("status", .string(state.status.open311Status)),
            ("status_notes", .string(state.status.label.text(for: language))),
            ("service_name", .string(category?.name.text(for: language) ?? state.categoryCode)),
            ("service_code", .string(state.categoryCode)),
            ("description", .string(detailed ? demand.text : nil)),
            ("agency_responsible", .string(state.handler?.code)),
            ("service_notice", .string(category?.limit(for: .closure)?.label.text(for: language))),
            ("requested_datetime", .string(ShanghaiTime.iso8601(state.submittedAt))),
            ("updated_datetime", .string(ShanghaiTime.iso8601(updated))),
            ("expected_datetime", .string(ShanghaiTime.iso8601(state.deadlines.closure))),
            ("address", .string(detailed ? demand.address : nil)),
            ("address_id", .string(nil)),
            ("zipcode", .string(nil)),
            ("lat", .number(detailed ? demand.latitude : nil)),
            ("long", .number(detailed ? demand.longitude : nil)),
            ("media_url", .string(nil)),
        ])
    }

    func request(_ request: Request, _ id: String, _ format: Open311Format) async throws -> Response {
        guard let demand = try await store(request).publicRequest(trackingNumber: id) else {
            throw Open311Error(status: .notFound, description: "no service request \(id)")
        }
        return format.response(.list(element: "request", [try view(demand, request, detailed: try await presentsValidKey(request))]), root: "service_requests")
    }

    /// `tokens/{token}`: requests are numbered when filed, so a token (the demand's id) always
    /// resolves at once.
    func token(_ request: Request, _ token: String, _ format: Open311Format) async throws -> Response {
        guard let id = UUID(uuidString: token), let demand = try await store(request).publicRequest(token: id) else {
            throw Open311Error(status: .notFound, description: "unknown token \(token)")
        }
        let item = Open311Value.object([("service_request_id", .string(demand.trackingNumber)), ("token", .string(token))])
        return format.response(.list(element: "request", [item]), root: "service_requests")
    }

    // MARK: POST requests

    /// A filed request's fields as sent. Numbers are kept as the text the client wrote, so a
    /// wrong `lat` is reported as such instead of making the whole body unreadable.
    struct NewRequest: Content {
        var apiKey: String?
        var serviceCode: String?
        var description: String?
        var lat: String?
        var long: String?
        var addressString: String?
        var accountID: String?
        var attribute: [String: String]?

        enum CodingKeys: String, CodingKey {
            case apiKey = "api_key", serviceCode = "service_code", description, lat, long
            case addressString = "address_string", accountID = "account_id", attribute
        }

        init() {}

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            func text(_ key: CodingKeys) -> String? {
                guard container.contains(key) else { return nil }
                if let value = try? container.decodeNil(forKey: key), value { return nil }
                if let value = try? container.decode(String.self, forKey: key) { return value }
                if let value = try? container.decode(Double.self, forKey: key) { return String(value) }
                // Present but neither text nor a number: kept as unreadable, reported by `validated`.
                return "\u{FFFD}"
            }
            apiKey = text(.apiKey)
            serviceCode = text(.serviceCode)
            description = text(.description)
            lat = text(.lat)
            long = text(.long)
            addressString = text(.addressString)
            accountID = text(.accountID)
            attribute = try? container.decodeIfPresent([String: String].self, forKey: .attribute)
        }

        func encode(to encoder: any Encoder) throws {}
    }

    /// The request's own fields checked before its key: lengths by `FieldLimits`, `lat` and
    /// `long` as numbers within their ranges, the service code present. A malformed request
    /// hears what is wrong with it whether or not its key is good; nothing here touches data.
    static func validated(_ input: NewRequest) throws -> (lat: Double?, long: Double?) {
        func coordinate(_ text: String?, _ name: String, _ range: ClosedRange<Double>) throws -> Double? {
            guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            guard let value = Double(text), FieldLimits.check(value, in: range) == nil else {
                throw Open311Error(status: .badRequest, description: "\(name) must be a number from \(FieldLimits.format(range.lowerBound)) to \(FieldLimits.format(range.upperBound))")
            }
            return value
        }
        let lat = try coordinate(input.lat, "lat", FieldLimits.latitude)
        let long = try coordinate(input.long, "long", FieldLimits.longitude)
        var check = FieldChecker()
        check.text(input.apiKey, .code, field: "api_key")
        check.text(input.serviceCode, .code, field: "service_code")
        check.text(input.description, .demandText, field: "description")
        check.text(input.addressString, .address, field: "address_string")
        check.text(input.accountID, .code, field: "account_id")
        for (name, value) in input.attribute ?? [:] {
            check.text(name, .code, field: "attribute")
            check.text(value, .code, field: "attribute[\(String(name.prefix(64)))]")
        }
        do {
            try check.finish()
        } catch {
            throw Open311Error(status: .badRequest, description: error.issues.map { "\($0.column ?? ""): \($0.reason.en)" }.joined(separator: "; "))
        }
        guard let code = input.serviceCode, !code.isEmpty else {
            throw Open311Error(status: .badRequest, description: "service_code is required")
        }
        return (lat, long)
    }

    func post(_ request: Request, _ name: String, _ format: Open311Format) async throws -> Response {
        guard name == "requests" else { throw Open311Error(status: .notFound, description: "no such resource: \(name)") }
        let input = (try? request.content.decode(NewRequest.self)) ?? NewRequest()
        let (lat, long) = try Self.validated(input)
        guard let presented = input.apiKey ?? param(request, "api_key") else {
            throw Open311Error(status: .forbidden, description: "api_key is required")
        }
        guard FieldLimits.fits(presented, .code), let key = try await store(request).open311Key(presented) else {
            throw Open311Error(status: .forbidden, description: "api_key is invalid")
        }
        let code = input.serviceCode ?? ""
        guard request.appEnvironment.reference.demandCategories.category(code) != nil else {
            throw Open311Error(status: .notFound, description: "unknown service_code: \(code)")
        }
        guard let creditCode = input.attribute?["credit_code"] ?? input.accountID, !creditCode.isEmpty else {
            throw Open311Error(status: .badRequest, description: "attribute[credit_code] is required")
        }
        // The key files requests on the demand centre's behalf, as the centre does for a phone call.
        // …and into the county the key was issued for.
        let centre = try await DemandStore(db: request.db, environment: request.appEnvironment, county: key.countyCode).demandCentre()
        let actor: DemandActor = centre.map { .department($0.code, isDemandCentre: true) } ?? .admin
        let writer = request.writer(as: AuditActor(name: "open311:\(key.name)", role: "open311")).inCounty(key.countyCode)
        let submission = DemandSubmission(categoryCode: code, enterpriseCode: creditCode.uppercased(), description: input.description ?? "")
        let demand = try await DemandStore.submit(submission, by: actor,
                                                    extras: .init(address: input.addressString, latitude: lat,
                                                                  longitude: long, channel: "open311"),
                                                    writer: writer)
        let state = try demand.state
        let item = Open311Value.object([
            ("service_request_id", .string(demand.trackingNumber)),
            ("token", .string(demand.id?.uuidString)),
            ("service_notice", .string(request.t(request.appEnvironment.reference.demandCategories.category(code)?.limit(for: .closure)?.label ?? .init(zh: "", en: "")))),
            ("account_id", .string(nil)),
            ("expected_datetime", .string(ShanghaiTime.iso8601(state.deadlines.closure))),
        ])
        return format.response(.list(element: "request", [item]), root: "service_requests", status: .created)
    }
}
