import Testing
@testable import BaiqiangCore

/// Every kind of YAML file the platform reads refuses a broken file the same way: the line and
/// column of the bad value, the field it belongs to, and the reason, in Chinese and in English.
@Suite("Every YAML file kind names line, column and field in both languages")
struct YAMLFileErrorTests {
    /// The 1-based line and column where `needle` first appears in `text`, as an editor counts.
    func position(of needle: String, in text: String) -> (line: Int, column: Int) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            if let range = line.range(of: needle) {
                return (index + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1)
            }
        }
        Issue.record("“\(needle)” is not in the file")
        return (0, 0)
    }

    /// The bundled file with `original` replaced by `broken` (which must occur once).
    func bundled(_ path: String, replacing original: String, with broken: String) throws -> String {
        let text = try CoreResources.text(path)
        #expect(text.components(separatedBy: original).count == 2, "\(original) is not once in \(path)")
        return text.replacingOccurrences(of: original, with: broken)
    }

    func expectLocated(_ message: BilingualText, at place: (line: Int, column: Int), field: String,
                       sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(message.zh.contains("第 \(place.line) 行第 \(place.column) 列"), "\(message.zh)", sourceLocation: sourceLocation)
        #expect(message.en.contains("line \(place.line), column \(place.column)"), "\(message.en)", sourceLocation: sourceLocation)
        #expect(message.zh.contains(field), "\(message.zh)", sourceLocation: sourceLocation)
        #expect(message.en.contains(field), "\(message.en)", sourceLocation: sourceLocation)
        // Chinese reads Chinese, not libyaml's or Swift's English.
        #expect(!message.zh.contains("not valid") && !message.zh.contains("DecodingError"), "\(message.zh)", sourceLocation: sourceLocation)
    }

    @Test("The power surcharge schedule")
    func surcharge() throws {
        let yaml = try bundled("policies/d-class-surcharge.yaml", replacing: "[0.05, 0.10, 0.15]", with: "[0.05, cheap, 0.15]")
        #expect {
            _ = try DClassSurcharge.parse(yaml: yaml)
        } throws: { error in
            guard let error = error as? SurchargeScheduleError else { return false }
            expectLocated(error.message, at: position(of: "cheap", in: yaml), field: "tiers_yuan_per_kwh")
            return true
        }
    }

    @Test("Surcharge tiers that fall point at the tiers")
    func surchargeTiers() throws {
        let yaml = try bundled("policies/d-class-surcharge.yaml", replacing: "[0.05, 0.10, 0.15]", with: "[0.15, 0.10]")
        #expect {
            _ = try DClassSurcharge.parse(yaml: yaml)
        } throws: { error in
            guard let error = error as? SurchargeScheduleError else { return false }
            expectLocated(error.message, at: position(of: "[0.15, 0.10]", in: yaml), field: "tiers_yuan_per_kwh")
            return true
        }
    }

    @Test("The prefecture profile")
    func prefecture() throws {
        let yaml = try bundled("counties/jiangmen.yaml", replacing: "value: 374.76", with: "value: lots")
        #expect {
            _ = try PrefectureProfile.decode(yaml: yaml)
        } throws: { error in
            guard let error = error as? PrefectureProfileError else { return false }
            expectLocated(error.message, at: position(of: "lots", in: yaml), field: "figures.value")
            return true
        }
    }

    @Test("The demand categories")
    func demandCategories() {
        let yaml = """
        categories:
          - code: inquiry
            name: 咨询
            limits:
              closure: { amount: two, unit: working_days }
        """
        #expect {
            _ = try DemandCategoryCatalog(yaml: yaml)
        } throws: { error in
            guard let error = error as? DemandCategoryError else { return false }
            expectLocated(error.message, at: position(of: "two", in: yaml), field: "limits.closure.amount")
            return true
        }
    }

    @Test("The project light rule")
    func lightRule() throws {
        let yaml = try bundled(ProjectLightRule.bundledPath, replacing: "red_months_late: 3", with: "red_months_late: soon")
        #expect {
            _ = try ProjectLightRule.parse(yaml: yaml)
        } throws: { error in
            guard let error = error as? ProjectLightRuleError else { return false }
            expectLocated(error.message, at: position(of: "soon", in: yaml), field: "start.red_months_late")
            return true
        }
    }

    @Test("The published projects and their milestone templates")
    func publishedProjects() throws {
        let yaml = try bundled(PublishedProjects.bundledPath, replacing: "investment_yi: {value: 19.99,", with: "investment_yi: {value: lots,")
        #expect {
            _ = try PublishedProjects.parse(yaml: yaml)
        } throws: { error in
            guard let error = error as? PublishedProjectsError else { return false }
            expectLocated(error.message, at: position(of: "lots", in: yaml), field: "projects.investment_yi.value")
            return true
        }
        let template = try bundled(PublishedProjects.bundledPath, replacing: "template: land_then_production\n      anchor: 2023-03-31",
                                   with: "template: land_then_production\n      anchor: [2023]")
        #expect {
            _ = try PublishedProjects.parse(yaml: template)
        } throws: { error in
            guard let error = error as? PublishedProjectsError else { return false }
            expectLocated(error.message, at: position(of: "[2023]", in: template), field: "projects.milestones.anchor")
            return true
        }
    }

    @Test("A chain file")
    func chain() throws {
        let path = "chains/heshan-silicon-energy.yaml"
        let yaml = try bundled(path, replacing: "{code: silicon, segment: upstream,", with: "{code: silicon, segment: sideways,")
        #expect {
            _ = try IndustrialChain(yaml: yaml)
        } throws: { error in
            guard let error = error as? ChainError else { return false }
            expectLocated(error.message, at: position(of: "sideways", in: yaml), field: "nodes.segment")
            return true
        }
        let syntax = "code: c\nname: {zh: 链, en: chain\n"
        #expect {
            _ = try IndustrialChain(yaml: syntax)
        } throws: { error in
            guard let error = error as? ChainError, let line = error.line, let column = error.column else { return false }
            #expect(error.message.zh.contains("第 \(line) 行第 \(column) 列") && error.message.zh.contains("YAML 格式错误"))
            #expect(error.message.en.contains("line \(line), column \(column)") && error.message.en.contains("YAML syntax error"))
            return true
        }
    }

    @Test("A working-day calendar file")
    func calendar() {
        let yaml = "year: twenty\nholidays: []\n"
        #expect {
            _ = try WorkingDayYear(yaml: yaml)
        } throws: { error in
            guard let error = error as? CalendarDataError else { return false }
            expectLocated(error.message, at: position(of: "twenty", in: yaml), field: "year")
            return true
        }
        let syntax = "year: 2025\nholidays: [\n"
        #expect {
            _ = try WorkingDayYear(yaml: syntax)
        } throws: { error in
            guard let error = error as? CalendarDataError, let line = error.line, let column = error.column else { return false }
            #expect(error.message.zh.contains("第 \(line) 行第 \(column) 列") && error.message.zh.contains("YAML 格式错误"))
            return true
        }
    }

    @Test("A plan file")
    func plan() throws {
        let yaml = try bundled("plans/heshan-2022.yaml", replacing: "- {value: 374.76,", with: "- {value: lots,")
        #expect {
            _ = try PlanYAML.read(yaml, now: PlanFixture.day("2026-11-26"))
        } throws: { error in
            guard let failure = error as? PlanImportFailure else { return false }
            let place = position(of: "lots", in: yaml)
            guard let issue = failure.issues.first(where: { $0.kind == .notANumber }) else { return false }
            #expect(issue.message.zh.contains("第\(place.line)行第\(place.column)列"), "\(issue.message.zh)")
            #expect(issue.message.en.contains("line \(place.line), column \(place.column)"), "\(issue.message.en)")
            #expect(issue.message.zh.contains("value") && issue.message.en.contains("value"))
            return true
        }
    }
}
