/// A gap turned into a project lead (线索) for chain recruiting (产业链招商): named after the gap so
/// the pipeline says what is sought, with the chain and node filled in and the chain's lead
/// department leading it. The amount is unknown at this stage, so it is 0 until the talks say.
public enum ChainGapLead {
    public static func record(chain: IndustrialChain, nodeCode: String, kind: ChainGapKind, analysis: ChainGapAnalysis,
                              year: Int, madeBy department: String? = nil) throws(ChainError) -> ProjectRecord {
        let node = try chain.requireNode(nodeCode)
        guard kind.nodes(in: analysis).contains(nodeCode) else { throw ChainError(.notAGap(nodeCode)) }
        let name = "\(kind.label.zh)：\(chain.name.zh) · \(node.name.zh)"
        let codename = "\(kind.rawValue)-\(chain.code)-\(node.code)"
        return ProjectRecord(
            name: String(name.unicodeScalars.prefix(TextFieldKind.name.maximumLength).map(Character.init)),
            codename: String(codename.prefix(TextFieldKind.name.maximumLength)), year: year, investmentYi: 0,
            channel: .chain, chainCode: chain.code, chainNode: node.code, leadDepartmentCode: chain.leadDepartmentCode ?? department)
    }
}
