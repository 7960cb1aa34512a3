/// The page of a capability still to come: it says so plainly and shows nothing that could pass
/// for its data.
enum PlannedCapabilityPage {
    struct Model {
        var capability: SiteURL.Capability
    }
}
