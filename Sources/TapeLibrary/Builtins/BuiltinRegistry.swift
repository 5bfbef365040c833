import TapeCore

/// Every builtin, in one table grouped by topic, the way Lua lists its library in one array.
public enum BuiltinRegistry {
  public static let all: [Builtin] =
    Builtins.arithmetic + Builtins.lists + Builtins.seriesAccess + Builtins.seriesReturns + Builtins.seriesStatistics
    + Builtins.seriesOrdering + Builtins.tables + Builtins.calendar + Builtins.seriesWindows + Builtins.market + Builtins.charts + Builtins.functions + Builtins.data + Builtins.writing

  public static func named(_ name: String) -> Builtin? { all.first { $0.name == name } }

  /// The functions an interpreter needs, ready to pass to `Interpreter(natives:)`.
  public static var natives: [NativeFunction] { all.map(\.native) }

  /// `natives` by name, made once per process when a session first looks a name up in it.
  public static let nativesByName = BuiltinTables.byName(natives, \.name)
}

/// Namespace for builtin declarations; each topic lives in its own file.
public enum Builtins {}
