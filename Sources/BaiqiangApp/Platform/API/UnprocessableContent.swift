import BaiqiangCore

/// A well-formed request whose content the rules refuse (a chain with a cycle, a node a project
/// still sits on): answered 422 with the refusal as the problem's detail and fields, where a body
/// of the wrong shape is 400.
struct UnprocessableContent: Error {
    let refusal: any BilingualError
}
