import TapeCore

extension Builtins {
  static let data: [Builtin] = [load]

  static let load = Builtin(
    name: "load", topic: .data, parameters: [.init("path", .string, "the path of a CSV file with a header row")],
    readsFiles: true, returns: .oneOf([.table, .list(of: .record)]),
    resultNote: "a table when the file has a date column",
    summary: "Reads a CSV file: a table by date when it has a date column, otherwise a list of records.",
    examples: [
      .init(#"load("tape:prices/NVDA.csv").close[2025-01-27]"#, yields: "118.42"),
      .init(#"load("tape:macro/gdp.csv")[0].gdp_current_usd"#, yields: "$631.1B"),
    ],
    details: """
      The first row names the columns. Each column's type is inferred from its cells: dates \
      (`2025-01-27`), numbers (`-1,234.5` in quotes, `1_234.5`), money (`$118.42`, `€5`, `£5`, \
      `¥500`), percentages (`12.5%`) or text. A unit may be written in the header: \
      `close (USD/share)`, `volume (shares)`, `close_usd`. With a date column the result is a \
      table by date (a file in descending date order is reversed; text columns are left out); \
      without one, a list of records. Lines may end in `\\n`, `\\r\\n` or `\\r`; a UTF-8 \
      byte-order mark is skipped; UTF-16 is refused with the command that converts it. Every \
      figure cites the file with its size, named from the session's folder when it lies inside \
      it (`portfolio.csv`), so the citation reads the same wherever the folder moves, and by its \
      absolute path otherwise. A cell that does not fit its column, a row with the wrong number \
      of fields or a missing file is an error naming the file, the line and the column. A \
      relative path is read from the session's folder: the directory Tape was started in, or a \
      notebook's own folder. A confined session, as a notebook's is, reads only files inside \
      its folder (links followed, `..` taken out, `~` refused) and the places allowed with \
      `--allow-read`. Only regular files are read, never a device or a pipe. `tape:` followed by \
      a path inside `Datasets/Data` (`tape:prices/NVDA.csv`) reads Tape's own copy of a \
      built-in data file, as the examples do, in every session. See docs/load.md.
      """,
    seeAlso: ["dated", "records", "dates"]
  ) { arguments, call throws(EvalError) in
    guard case .string(let path) = arguments[0] else { throw undeclared(0, call) }
    do throws(LoadProblem) {
      // `call.files` is set whenever a session runs the call (`load` is declared `readsFiles`);
      // without it nothing on disk is read.
      return try CSVLoader.load(path, under: call.files?.policy) { call.files?.record($0) }
    } catch {
      if error.isInterruption { throw EvalError.interrupted(at: call.span) }
      throw EvalError.library(AnyLibraryProblem(error), at: call.argumentSpan(0))
    }
  }
}
