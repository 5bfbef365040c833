import TapeCore

/// Results out: a table, a record or a list of records as a CSV file `load` reads back.
extension Builtins {
  static let writing: [Builtin] = [writeCsv]

  static let writeCsv = Builtin(
    name: "write_csv", topic: .data,
    parameters: [
      .init("value", .oneOf([.table, .series, .record, .list(of: .record)]), "a table, a series, a record or a list of records"),
      .init("path", .string, "a file name ending in `.csv`"),
      .init("replace", .boolean, "true to replace a file that holds other data"),
    ],
    optionalCount: 1, readsFiles: true, returns: .string, resultNote: "the path written, ready for `load`",
    summary: "Writes a table, a record or a list of records to a CSV file that `load` reads back to equal values.",
    examples: [
      .init(#"write_csv({nvda: -16.97%, amd: -6.37%}, "/tmp/tape-example-written.csv", true)"#, yields: #""/tmp/tape-example-written.csv""#)
    ],
    details: """
      A table is written with a `date` column then one column per column of the table; a list of \
      records with one column per key and one row per record; a record as one row; a series as \
      `date,value`. Units go in the headers (`close (USD/share)`), so cells are plain numbers \
      with every digit they need (percentages end in `%`), and `load` reads back the same values \
      in the same units, column by column (`load(write_csv(r, "r.csv"))[0] == r` for a record). \
      A relative path is written in the session's folder; a notebook writes only inside its own \
      folder. The file is written whole or not at all (a temporary file is renamed over it). A \
      file that already holds the same text is left as it is, so a notebook that writes a file \
      replays; a file that holds anything else is not replaced unless `replace` is `true`. Only \
      names ending in `.csv` are written, and never a `tape:` path.
      """,
    seeAlso: ["load", "records"]
  ) { arguments, call throws(EvalError) in
    guard case .string(let path) = arguments[1] else { throw undeclared(1, call) }
    let replacing: Bool = if arguments.count > 2, case .bool(let flag) = arguments[2] { flag } else { false }
    guard let text = CSVText.rendered(arguments[0]) else {
      throw EvalError.labels(.notTabular(found: arguments[0].kind), at: call.argumentSpan(0))
    }
    // Without the session's file access (a context that may not touch files), nothing is written.
    guard let files = call.files else {
      throw EvalError.fileWrite(.outsideFolder(path: path, folderName: "this context"), at: call.argumentSpan(1))
    }
    do throws(FileWriteProblem) {
      _ = try WrittenFile.write(text, to: path, under: files.policy, replacing: replacing)
    } catch {
      throw EvalError.fileWrite(error, at: call.argumentSpan(1))
    }
    return .string(path)
  }
}
