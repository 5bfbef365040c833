#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import TapeCore
import TapeNotebook

/// The user's settings, kept in `$XDG_CONFIG_HOME/tape/config.toml` (default
/// `~/.config/tape/config.toml`), and their own functions in `init.tape` beside it. Read at the
/// prompt, in pipes and with `-e`; never by `tape run`, `tape check` or a notebook's replay,
/// which show the defaults plus the notebook's own `:set` lines on every machine.
///
///     digits = 8
///     money_decimals = "auto"
///     thousands_separator = "."
///     decimal_separator = ","
///     colour = "auto"
///     chart_style = "unicode"
public enum ConfigFile {
  /// `$XDG_CONFIG_HOME/tape`, or `~/.config/tape`; nil when neither is set as an absolute path
  /// (a relative `XDG_CONFIG_HOME` is ignored, as the XDG spec says).
  public static func directory(environment: [String: String]) -> String? {
    directory { environment[$0] }
  }

  /// The same, reading each variable by name (`getenv` at start-up: building a dictionary of
  /// the environment cost a tenth of the static binary's start-up).
  public static func directory(variable: (String) -> String?) -> String? {
    if let config = variable("XDG_CONFIG_HOME"), config.hasPrefix("/") { return config + "/tape" }
    guard let home = variable("HOME"), home.hasPrefix("/") else { return nil }
    return home + "/.config/tape"
  }

  /// What reading the config gave: the settings (the defaults where it was missing or damaged)
  /// and the problems to show, each naming the file and line.
  public struct Loaded: Sendable {
    public var settings: DisplaySettings
    public var problems: [String]
  }

  /// Reads `config.toml` in `directory`; no file is no problem.
  public static func load(from directory: String?) -> Loaded {
    guard let directory else { return Loaded(settings: .standard, problems: []) }
    let path = directory + "/config.toml"
    guard access(path, F_OK) == 0 else { return Loaded(settings: .standard, problems: []) }
    switch NotebookFiles.text(of: path) {
    case .failure(let problem): return Loaded(settings: .standard, problems: [problem.message])
    case .success(let decoded): return settings(fromTOML: LineEnding.normalized(decoded.text), path: path)
    }
  }

  /// The settings `text` (a config.toml) sets over the defaults. A damaged file gives the
  /// defaults and an error with its line; an unknown setting or a value out of range is an error
  /// at its line, and the other settings still apply.
  public static func settings(fromTOML text: String, path: String) -> Loaded {
    let entries: [ConfigTOML.Entry]
    do throws(ConfigTOMLError) {
      entries = try ConfigTOML.entries(in: text)
    } catch {
      return Loaded(
        settings: .standard,
        problems: ["error: \(path):\(error.line): config file not read: \(error.message); Tape starts with the default settings\n"])
    }
    var settings = DisplaySettings.standard
    var problems: [String] = []
    // Applied in the order `:set` lists them, so `decimal_separator` comes before the thousands one.
    for entry in entries.sorted(by: { order($0.key) < order($1.key) }) {
      let written: String
      switch entry.value {
      case .integer(let number): written = String(number)
      case .boolean(let flag): written = flag ? "on" : "off"
      case .string(let string): written = string
      case .other(let text): written = text
      }
      do throws(SettingError) {
        try settings.set(entry.key, to: written == " " ? "space" : written)
      } catch {
        problems.append("error: \(path):\(entry.line): \(error.message)\n")
      }
    }
    return Loaded(settings: settings, problems: problems)
  }

  /// Where a setting sits in `:set`'s list; unknown names last.
  static func order(_ key: String) -> Int {
    DisplaySettings.Name.allCases.firstIndex { $0.rawValue == key } ?? DisplaySettings.Name.allCases.count
  }

  /// `init.tape` beside the config, when it exists: loaded at start as a `--lib` file is.
  public static func initLibrary(in directory: String?) -> String? {
    guard let directory else { return nil }
    let path = directory + "/init.tape"
    return access(path, F_OK) == 0 ? path : nil
  }
}
