/// The version `tape --version` prints.
public enum TapeVersion {
  public static let current = "0.1.0"
}
