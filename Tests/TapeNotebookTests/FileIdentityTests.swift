import Foundation
import Testing
import TapeNotebook

struct FileIdentityTests {
  let directory: String = {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("tape-identity-\(UUID().uuidString)").path
    try? FileManager.default.createDirectory(atPath: path + "/sub", withIntermediateDirectories: true)
    return path
  }()

  @Test func everySpellingOfOneFileHasOneIdentity() throws {
    let path = directory + "/a.session"
    #expect(FileManager.default.createFile(atPath: path, contents: Data("> 1\n".utf8)))
    try FileManager.default.createSymbolicLink(atPath: directory + "/sub/link", withDestinationPath: "../a.session")
    try FileManager.default.linkItem(atPath: path, toPath: directory + "/hard.session")
    let identity = try #require(FileIdentity(path: path))
    for spelling in [directory + "/./a.session", directory + "/sub/../a.session", directory + "//a.session",
                     directory + "/sub/link", directory + "/hard.session"] {
      #expect(FileIdentity(path: spelling) == identity, "\(spelling)")
    }
  }

  @Test func twoFilesDifferAndNothingHasNoIdentity() {
    #expect(FileManager.default.createFile(atPath: directory + "/a", contents: Data("same\n".utf8)))
    #expect(FileManager.default.createFile(atPath: directory + "/b", contents: Data("same\n".utf8)))
    #expect(FileIdentity(path: directory + "/a") != FileIdentity(path: directory + "/b"))
    #expect(FileIdentity(path: directory + "/missing") == nil)
  }
}
