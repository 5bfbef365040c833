import Testing
@testable import TapeCore

@testable import TapeLibrary

/// The standard session defers the stdlib: its files are sources and its names have slots, and
/// the functions come from the loaded session when an entry first names one. Every entry must
/// then show what it shows in a session that ran the stdlib at start.
struct StdlibDeferralTests {
  /// The globals of `environment` in slot order.
  static func names(in environment: Environment) -> [String] {
    environment.slots.sorted { $0.value < $1.value }.map(\.key)
  }

  @Test func theNamesReadFromTheFilesAreTheOnesRunningThemBindsInTheirSlots() throws {
    let names = try #require(StdlibLoader.definedNames(in: StdlibLoader.embedded))
    #expect(names == Self.names(in: StdlibLoader.loadedSession.environment))
    #expect(StdlibLoader.standardSession.environment.slots == StdlibLoader.loadedSession.environment.slots)
  }

  @Test func theDeferredSessionHasTheLoadedSessionsSources() {
    let deferred = StdlibLoader.standardSession.sources.files
    let loaded = StdlibLoader.loadedSession.sources.files
    #expect(deferred.map(\.name) == loaded.map(\.name))
    #expect(deferred.map(\.bytes) == loaded.map(\.bytes))
  }

  @Test func theStandardSessionDefersAndShowsEveryBindingAsLoaded() {
    let environment = StdlibLoader.standardSession.environment
    #expect(environment.deferredGlobals != nil)
    #expect(environment.globals.allSatisfy { $0 == nil })
    let loaded = StdlibLoader.loadedSession.environment.bindings.map { "\($0.name) = \($0.value.display)" }
    #expect(environment.bindings.map { "\($0.name) = \($0.value.display)" } == loaded)
  }

  @Test func aFileWithAStatementOtherThanAFunctionIsRunNotDeferred() {
    let files = [StdlibFile(path: "stdlib/a.tape", text: "# rate\nfn f(x) =\n  x + 1\nrate = 5%\n")]
    #expect(StdlibLoader.definedNames(in: files) == nil)
    let functions = [StdlibFile(path: "stdlib/a.tape", text: "# rate\n\nfn f(x) =\n  x + 1\n## doc\nfn  g (y) = y\n")]
    #expect(StdlibLoader.definedNames(in: functions) == ["f", "g"])
  }

  /// Entries that name stdlib functions, rebind them before their first use, or meet them in
  /// suggestions, `unit`, `why` and errors inside the stdlib.
  static let scripts: [[String]] = [
    ["1 + 1", "npv(10%, [$100, $100])", "dcf(10%, [$100], 2%)"],
    ["npv = 5", "dcf(10%, [$100], 2%)", "npv"],
    ["fn npv(rate, flows) = 1", "npv(1, 2)", "dcf(10%, [$100], 2%)"],
    ["npv(1)", "npv(10%, [$1])"],
    ["npvv(1)", "cagr(1, 2)"],
    ["unit npv", "unit year2", "x = 3"],
    ["payback($1000, [$1])"],
    ["cagr($100, $121, 2)"],
    ["x = npv(10%, [$100])", "why x", "y = x * 2", "why y"],
    ["f = pe", "f($10/share, $2/share)", "map([1%, 2%], r => npv(r, [$100]))"],
    ["fn g(x) = eps(x, 2 shares)", "g($4)", "g(4)"],
    ["pe = 3", "pe", "eps($10, 2 shares)"],
  ]

  static func outputs(of entries: [String], in start: Interpreter) -> [String] {
    var interpreter = start
    return entries.flatMap { entry in
      interpreter.run(entry).map { outcome -> String in
        switch outcome {
        case .value(let value, _): value.display
        case .binding(let name, let value, _): "\(name) = \(value.display)"
        case .declaration(let text, _): text
        case .report(let text, _): text
        case .error(let diagnostic): interpreter.rendered(diagnostic)
        }
      }
    } + [interpreter.environment.bindings.map { "\($0.name) = \($0.value.display)" }.joined(separator: "\n")]
  }

  @Test(arguments: scripts)
  func aDeferredSessionShowsWhatALoadedOneShows(_ entries: [String]) {
    let deferred = Self.outputs(of: entries, in: StdlibLoader.standardSession)
    let loaded = Self.outputs(of: entries, in: StdlibLoader.loadedSession)
    #expect(deferred == loaded)
  }
}
