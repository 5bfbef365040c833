import Foundation
import Testing

@testable import TapeNotebook

/// `PathComponents` must split paths as the `NSString` methods it replaces did, where those worked.
struct PathComponentsTests {
  static let paths = [
    "", "/", "ab", "/a", "/a/", "a/b", "a/b/", "a//b", "/a/b/c.session", "notebooks/shock.session", "./x.session",
    "../x", "~/x.session", "a/./b", "é/ü.session", "a b/c d.session", "..", "/.", "x.session",
  ]

  @Test(arguments: paths)
  func lastComponentIsNSStringsLastPathComponent(_ path: String) {
    #expect(PathComponents.lastComponent(of: path) == (path as NSString).lastPathComponent)
  }

  @Test(arguments: paths)
  func folderIsNSStringsDeletingLastPathComponent(_ path: String) {
    #expect(PathComponents.folder(of: path) == (path as NSString).deletingLastPathComponent)
  }

  /// Foundation on Linux crashed on a one-character name (`tape run --update a` did), made nothing
  /// of `//` and lost count in runs of slashes (`///a///b///` gave the folder `/a/`).
  @Test func aOneCharacterNameAndTheRootWrittenTwiceAreSplitToo() {
    #expect(PathComponents.lastComponent(of: "a") == "a")
    #expect(PathComponents.folder(of: "a") == "")
    #expect(PathComponents.lastComponent(of: "a/") == "a")
    #expect(PathComponents.folder(of: "d/a") == "d")
    #expect(PathComponents.lastComponent(of: "//") == "/")
    #expect(PathComponents.folder(of: "//") == "/")
    #expect(PathComponents.folder(of: "///a///b///") == "/a")
  }
}
