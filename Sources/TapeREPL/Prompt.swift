/// The REPL's prompts. Colour escapes are wrapped in `\u{1}`...`\u{2}` so libedit counts them as
/// taking no room and the cursor never drifts.
public enum Prompt {
  public static func primary(color: Bool) -> String { styled("tape>", color: color) + " " }

  /// Shown while an entry continues over lines (an open bracket, a trailing operator).
  public static func continuation(color: Bool) -> String { styled("  ...", color: color) + " " }

  static func styled(_ text: String, color: Bool) -> String {
    color ? "\u{1}\u{1B}[1;36m\u{2}\(text)\u{1}\u{1B}[0m\u{2}" : text
  }
}
