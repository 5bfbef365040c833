/// A file path's last component and the path of its folder, split as Foundation's `NSString`
/// path methods split them (runs of `/` count as one and a trailing `/` is ignored), without the
/// full Foundation library, which Tape does not link (docs/performance.md).
public enum PathComponents {
  /// `notebooks/shock.session` -> `shock.session`; `/` -> `/`; `a/b/` -> `b`.
  public static func lastComponent(of path: String) -> String {
    let path = normalized(path)
    guard path.count > 1, let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
  }

  /// The folder part: `notebooks/shock.session` -> `notebooks`; `shock.session` -> empty;
  /// `/shock.session` -> `/`.
  public static func folder(of path: String) -> String {
    let path = normalized(path)
    guard path != "/", let slash = path.lastIndex(of: "/") else { return path == "/" ? path : "" }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// `path` with each run of `/` made one, and a trailing `/` dropped unless it is the whole path.
  static func normalized(_ path: String) -> String {
    var result = ""
    for character in path where !(character == "/" && result.last == "/") { result.append(character) }
    if result.count > 1 && result.last == "/" { result.removeLast() }
    return result
  }
}
