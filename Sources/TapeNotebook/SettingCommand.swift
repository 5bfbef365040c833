import TapeCore

/// `:set`, `:set NAME` and `:set NAME VALUE`, wherever they are written: at the prompt and in a
/// notebook (a notebook replays with the default settings plus its own `:set` lines, so it shows
/// the same on every machine).
public enum SettingCommand {
  /// Carries out the `:set` line `text` (whose arguments are `arguments`) on `settings`: a report
  /// of the settings asked about, or an error pointing at the name or value; nil for nothing to show.
  public static func run(
    _ arguments: String, in text: String, name: String, firstLine: Int, settings: inout DisplaySettings
  ) -> (outcome: Outcome, sources: SourceMap)? {
    var sources = SourceMap()
    let file = sources.add(name: name, text: text, firstLine: firstLine)
    let whole = Span(source: file.id, start: 0, end: text.utf8.count)
    if arguments.isEmpty { return (.report(settings.listing, span: whole), sources) }
    let settingName = String(arguments.prefix { !$0.isWhitespace })
    let value = String(arguments.dropFirst(settingName.count)).trimmingSpacesAndTabs
    // The last place `part` occurs: the name and value come after `:set`.
    func span(of part: String) -> Span {
      let bytes = Array(text.utf8)
      let needle = Array(part.utf8)
      guard !needle.isEmpty, needle.count <= bytes.count else { return whole }
      for start in stride(from: bytes.count - needle.count, through: 0, by: -1)
      where bytes[start..<(start + needle.count)].elementsEqual(needle) {
        return Span(source: file.id, start: start, end: start + needle.count)
      }
      return whole
    }
    do throws(SettingError) {
      if value.isEmpty {
        // `:set digits`: that setting's value.
        guard let setting = DisplaySettings.Name(rawValue: settingName) else { throw .unknownSetting(settingName) }
        return (.report("\(setting.rawValue) = \(settings.value(of: setting))", span: whole), sources)
      }
      try settings.set(settingName, to: value)
      return nil
    } catch {
      let at: Span
      switch error {
      case .unknownSetting: at = span(of: settingName)
      case .invalidValue, .sameSeparators: at = span(of: value)
      }
      let diagnostic = Diagnostic(error.message, at: at, help: "`:set` alone lists the settings and their values")
      return (.error(diagnostic), sources)
    }
  }
}
