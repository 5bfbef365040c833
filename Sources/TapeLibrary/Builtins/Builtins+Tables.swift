import TapeCore

/// Tables by their labels: choosing columns, adding a computed one, joining two on their dates.
extension Builtins {
  static let tables: [Builtin] = [select, withColumn, join]

  static let select = Builtin(
    name: "select", topic: .series,
    parameters: [
      .init("x", .oneOf([.table, .record])),
      .init("names", .list(of: .string), "columns of a table or keys of a record, in the order wanted"),
    ],
    returns: .oneOf([.table, .record]), resultNote: "only the columns or keys named, in that order",
    summary: "The columns of a table, or the keys of a record, named in `names`, in that order.",
    examples: [
      .init(
        "select({nvda: -16.97%, amd: -6.37%, avgo: -17.40%}, [\"avgo\", \"nvda\"])",
        yields: """
          key     value
          ────  ───────
          avgo  -17.40%
          nvda  -16.97%
          """),
      .init(#"select(load("tape:prices/NVDA.csv"), ["close", "volume"])[2025-01-27]"#, 
        yields: """
          key      value
          ──────  ──────
          close   118.42
          volume  818.8M
          """),
    ],
    details: """
      The same as indexing with a list of names: `t[["nvda", "amd"]]`. A name the value does not \
      have is an error that lists the ones it has.
      """,
    seeAlso: ["with_column", "join", "records"]
  ) { arguments, call throws(EvalError) in
    var names: [String] = []
    for item in try list(arguments, 1, call) {
      guard case .string(let name) = item else { throw undeclared(1, call) }
      names.append(name)
    }
    return try arguments[0].selecting(names, at: call.argumentSpan(1))
  }

  static let withColumn = Builtin(
    name: "with_column", topic: .series,
    parameters: [
      .init("t", .table), .init("name", .string, "a name the table does not have yet"),
      .init("values", .oneOf([.series, .quantity]), "a series (aligned on the table's dates) or one value for every row"),
    ],
    returns: .table, resultNote: "one more column, on the dates both have",
    summary: "The table with one more column, `name`, computed from its columns or given as one value.",
    examples: [
      .init(#"with_column(load("tape:prices/NVDA.csv"), "held", 100 shares)[2025-01-27].held"#, yields: "100 shares"),
    ],
    details: """
      A series is aligned on dates as arithmetic aligns two series: the result keeps the dates \
      the table and the series both have. One value fills every row. Usual use: \
      `with_column(nvda, "range", nvda.high - nvda.low)`.
      """,
    seeAlso: ["select", "join"]
  ) { arguments, call throws(EvalError) in
    guard case .table(var table) = arguments[0], case .string(let name) = arguments[1] else { throw undeclared(0, call) }
    guard !table.columns.contains(where: { $0.name == name }) && table.attributes?[name] == nil else {
      throw EvalError.labels(.columnExists(name), at: call.argumentSpan(1))
    }
    switch arguments[2] {
    case .quantity(let quantity):
      table.columns.append(
        Table.Column(
          name: name, values: ContiguousArray(repeating: quantity.value, count: table.count), unit: quantity.unit,
          format: quantity.format))
      table.provenance = table.provenance.union(quantity.provenance)
      return .table(table)
    case .series(var series):
      series.name = name
      return try joined(table, Table(name: name, days: series.days, columns: [column(of: series)], provenance: series.provenance), call)
    default:
      throw undeclared(2, call)
    }
  }

  static let join = Builtin(
    name: "join", topic: .series,
    parameters: [.init("a", .oneOf([.table, .series])), .init("b", .oneOf([.table, .series]), "columns named apart from a's")],
    returns: .table, resultNote: "a's columns then b's, on the dates both have",
    summary: "Two tables (or series) side by side, on the dates both have.",
    examples: [
      .init(
        #"join(select(load("tape:prices/NVDA.csv"), ["close"]), select(load("tape:prices/NVDA.csv"), ["volume"]))[2025-01-27]"#,
        yields: """
          key      value
          ──────  ──────
          close   118.42
          volume  818.8M
          """)
    ],
    details: """
      The result has every column of `a`, then every column of `b`, on the dates both have (an \
      inner join on the date). A series becomes one column named after it. Two columns of the \
      same name are an error: `select` the ones to keep first.
      """,
    seeAlso: ["with_column", "select", "compare"]
  ) { arguments, call throws(EvalError) in
    func table(_ value: Value) -> Table? {
      switch value {
      case .table(let table): table
      case .series(let series): Table(name: series.name, days: series.days, columns: [column(of: series)], provenance: series.provenance)
      default: nil
      }
    }
    guard let a = table(arguments[0]) else { throw undeclared(0, call) }
    guard let b = table(arguments[1]) else { throw undeclared(1, call) }
    return try joined(a, b, call)
  }

  static func column(of series: Series) -> Table.Column {
    Table.Column(name: series.name, values: series.values, unit: series.unit, format: series.format)
  }

  /// `a`'s columns then `b`'s on the dates both have; shared names are an error.
  static func joined(_ a: Table, _ b: Table, _ call: CallContext) throws(EvalError) -> Value {
    let clashes = b.columns.map(\.name).filter { name in a.columns.contains { $0.name == name } }
    guard clashes.isEmpty else { throw EvalError.labels(.columnsClash(clashes), at: call.span) }
    var left: [Int] = []
    var right: [Int] = []
    var i = 0
    var j = 0
    while i < a.days.count && j < b.days.count {
      if a.days[i] == b.days[j] {
        left.append(i)
        right.append(j)
        i += 1
        j += 1
      } else if a.days[i] < b.days[j] {
        i += 1
      } else {
        j += 1
      }
    }
    guard !left.isEmpty else { throw EvalError.labels(.noDateInCommon, at: call.span) }
    var result = left.count == a.days.count ? a : a.rows(at: left)
    let others = right.count == b.days.count ? b : b.rows(at: right)
    result.columns += others.columns
    result.provenance = a.provenance.union(b.provenance)
    return .table(result)
  }
}
