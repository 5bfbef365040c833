import TapeCore

/// Every builtin, in one table grouped by topic, the way Lua lists its library in one array.
public enum BuiltinRegistry {
  public static let all: [Builtin] =
    Builtins.arithmetic + Builtins.lists + Builtins.seriesAccess + Builtins.seriesReturns + Builtins.seriesStatistics
    + Builtins.seriesOrdering + Builtins.calendar + Builtins.seriesWindows + Builtins.market + Builtins.charts + Builtins.functions + Builtins.data

  public static func named(_ name: String) -> Builtin? { all.first { $0.name == name } }

  /// The functions an interpreter needs, ready to pass to `Interpreter(natives:)`.
  public static var natives: [NativeFunction] { all.map(\.native) }
}

/// Namespace for builtin declarations; each topic lives in its own file.
public enum Builtins {}
