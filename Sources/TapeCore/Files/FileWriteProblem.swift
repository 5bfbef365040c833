/// Why `write_csv` did not write a file, with its message beside it.
public enum FileWriteProblem: Error, Sendable, Equatable {
  case emptyPath
  /// `tape:…` names Tape's own copy of its built-in data, which is read-only.
  case builtInData(path: String)
  /// Writes stay where reads may go in a confined session: the notebook's folder.
  case outsideFolder(path: String, folderName: String)
  /// Only `.csv` files are written, so a typo cannot replace a notebook or a script.
  case notCSV(path: String)
  /// The file exists and holds something else; Tape does not replace it unasked.
  case exists(path: String)
  case isDirectory(path: String)
  /// The system refused: `reason` is its text.
  case failed(path: String, reason: String)

  var message: String {
    switch self {
    case .emptyPath: "the path is empty"
    case .builtInData(let path): "cannot write `\(path)`: `tape:` names Tape's built-in data, which is read-only"
    case .outsideFolder(let path, let folderName): "cannot write `\(path)`: only files inside \(folderName) may be written"
    case .notCSV(let path): "cannot write `\(path)`: the name must end in `.csv`"
    case .exists(let path): "`\(path)` already exists and holds other data"
    case .isDirectory(let path): "cannot write `\(path)`: it is a directory"
    case .failed(let path, let reason): "cannot write `\(path)`: \(reason)"
    }
  }

  var help: String? {
    switch self {
    case .emptyPath: "give the name of a CSV file: `write_csv(t, \"out.csv\")`"
    case .builtInData: "write to a file of your own, as in `write_csv(t, \"out.csv\")`"
    case .outsideFolder: "write it inside the folder, as in `write_csv(t, \"out.csv\")`"
    case .notCSV: "name it `….csv`"
    case .exists: "choose another name, or pass `true` as the third argument to replace it"
    case .isDirectory: "give the name of a file in it"
    case .failed: nil
    }
  }

  func diagnostic(at span: Span) -> Diagnostic {
    Diagnostic(message, at: span, label: "this argument", help: help)
  }
}
