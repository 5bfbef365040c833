import Testing
import TapeCore
import TapeLibrary

/// Help covers everything Tape knows, and every entry is well formed.
struct HelpCoverageTests {
  static let index = HelpIndex.standard

  @Test(arguments: BuiltinRegistry.all.map(\.name))
  func everyBuiltinHasAFunctionEntry(_ name: String) throws {
    let entry = try #require(Self.index.entry(named: name), "builtin `\(name)` has no help entry")
    #expect(entry.kind == .function)
    #expect(entry.name == name)
  }

  @Test(arguments: Environment().units.keys.sorted())
  func everyUnitNameFindsItsUnitsEntry(_ name: String) throws {
    let definition = try #require(Environment().units[name])
    guard case .entry(let entry) = Self.index.lookup(name) else {
      Issue.record("unit `\(name)` has no help entry")
      return
    }
    #expect(entry.kind == .unit, "`help \(name)` finds a \(entry.kind.rawValue), not the unit")
    #expect(entry.name == definition.name, "`help \(name)` finds `\(entry.name)`, not `\(definition.name)`")
  }

  @Test func everyCurrencySymbolFindsItsCurrency() {
    for definition in Environment().units.values where definition.isCurrency {
      guard let symbol = definition.symbol else { continue }
      #expect(Self.index.entry(named: symbol)?.name == definition.name, "`help \(symbol)`")
    }
  }

  @Test func everyUnitEntryIsAUnitOfTheEnvironment() {
    let units = Environment().units
    for entry in Self.index.entries(of: .unit) {
      #expect(units[entry.name]?.name == entry.name, "unit entry `\(entry.name)` is not a unit Tape knows")
    }
  }

  @Test(arguments: [
    "money", "percent", "units", "dates", "functions", "lists", "records", "in", "ans", "errors", "display",
  ])
  func requiredConceptExists(_ name: String) {
    #expect(Self.index.entry(named: name)?.kind == .concept, "no concept `\(name)`")
  }

  @Test(arguments: [":help", ":vars", ":units", ":history", ":clear", ":quit", ":save", ":load"])
  func replCommandExists(_ name: String) {
    #expect(Self.index.entry(named: name)?.kind == .command, "no command `\(name)`")
  }

  @Test func saveAndLoadMentionNotebooks() {
    for name in [":save", ":load"] {
      #expect(Self.index.entry(named: name)?.summary.contains("notebook") == true)
    }
  }

  @Test func namesAndAliasesAreUnique() {
    var seen: [String: String] = [:]
    for entry in Self.index.entries {
      for name in entry.names {
        #expect(seen[name.lowercased()] == nil, "`\(name)` names both `\(seen[name.lowercased()] ?? "")` and `\(entry.name)`")
        seen[name.lowercased()] = entry.name
      }
    }
  }

  @Test func everySeeAlsoFindsAnEntry() {
    for entry in Self.index.entries {
      for name in entry.seeAlso {
        #expect(Self.index.entry(named: name) != nil, "`help \(entry.name)` sees also `\(name)`, which has no entry")
        #expect(name != entry.name, "`help \(entry.name)` sees also itself")
      }
    }
  }

  @Test func everySummaryIsOneLine() {
    for entry in Self.index.entries {
      #expect(!entry.summary.isEmpty, "`\(entry.name)` has no summary")
      #expect(!entry.summary.contains("\n"), "`\(entry.name)`'s summary spans lines")
      #expect(!entry.explanation.isEmpty, "`\(entry.name)` has no explanation")
    }
  }

  @Test func functionsHaveTypedSignaturesAndTheNotesTheTypesLeaveOut() {
    for builtin in BuiltinRegistry.all {
      let signature = Self.index.entry(named: builtin.name)?.signature ?? ""
      let lines = signature.split(separator: "\n")
      #expect(lines.first.map(String.init) == builtin.signature.notation)
      for parameter in builtin.parameters {
        #expect(lines[0].contains("\(parameter.name)"), "`\(builtin.name)` does not show `\(parameter.name)`")
        if !parameter.note.isEmpty { #expect(lines.contains("  \(parameter.name): \(parameter.note)")) }
      }
      #expect(lines[0].hasSuffix(" -> " + builtin.returns.notation(parameters: builtin.parameters.map(\.name))))
      if !builtin.resultNote.isEmpty { #expect(lines.last == "  result: \(builtin.resultNote)") }
    }
  }

  @Test func conventionsAreStated() throws {
    let year = try #require(Self.index.entry(named: "year"))
    #expect(year.summary.contains("365 days"))
    let jpy = try #require(Self.index.entry(named: "JPY"))
    #expect(jpy.explanation.contains("`¥` always means JPY"))
    let money = try #require(Self.index.entry(named: "money"))
    #expect(money.explanation.contains("currencies never convert on their own"))
    let percent = try #require(Self.index.entry(named: "percent"))
    #expect(percent.examples.contains { $0.input == "$100 + 10%" && $0.yields.hasPrefix("error:") })
  }
}
