import TapeNotebook

/// The one destination `tape export` refuses: the notebook it is exporting. Writing there would
/// replace the notebook with the document made from it, so the check compares the files on disk,
/// not the spellings of their paths.
enum ExportDestination {
  /// The error to show when `destination` is the same file as `notebook`, or nil when writing
  /// there is fine.
  static func refusal(writing destination: String, over notebook: String, format: Exporter.Format) -> String? {
    guard let written = FileIdentity(path: destination), written == FileIdentity(path: notebook) else { return nil }
    let suggestion = suggestedName(for: notebook, format: format)
    return "error: refusing to write the export over its own notebook \(notebook)\n"
      + "  = help: the notebook is left as it is; write the export beside it, as in `-o \(suggestion)`\n"
  }

  /// `a.session` -> `a.html`: the notebook's name with the format's extension in place of its own.
  static func suggestedName(for notebook: String, format: Exporter.Format) -> String {
    let name = PathComponents.lastComponent(of: notebook)
    let folder = String(notebook.dropLast(name.count))
    // A leading dot starts a hidden name, not an extension.
    let stem = name.lastIndex(of: ".").flatMap { $0 == name.startIndex ? nil : name[..<$0] }.map(String.init) ?? name
    let suggestion = folder + stem + "." + format.rawValue
    return suggestion == notebook ? folder + stem + "-export." + format.rawValue : suggestion
  }
}
