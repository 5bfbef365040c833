import TapeCore

extension CompletionContext {
  /// What Tab can complete in a session: its names, units, built-ins and datasets, and the
  /// fields of its records, tables and datasets. The REPL and `tape serve` both ask this.
  init(environment: Environment, helpTopics: [String], commands: [String]) {
    var fields: [String: [String]] = [:]
    func fieldNames(_ value: Value) -> [String]? {
      switch value {
      case .record(let record): record.names
      case .table(let table): table.fieldNames
      default: nil
      }
    }
    // Datasets first, so a binding of the same name wins.
    for (name, dataset) in environment.datasets { fields[name] = fieldNames(dataset.load()) }
    for (name, value) in environment.bindings { fields[name] = fieldNames(value) }
    let names = environment.bindings.map(\.name) + environment.units.keys + environment.natives.keys
      + environment.datasets.keys
    self.init(names: names, fields: fields, helpTopics: helpTopics, commands: commands)
  }
}
