/// Whether a provision applies (DESIGN.md §5).
public enum ProvisionStatus: String, Codable, Sendable, CaseIterable {
    /// In force in this edition.
    case inForce = "in-force"
    /// Repealed («исключен», «алып тасталды», "excluded"); the node keeps its number.
    case repealed
    /// A placeholder for text that comes into force later («вводится в действие с 01.09.2025»).
    case pending
}
