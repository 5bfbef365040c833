import Foundation
import Testing
@testable import TapeNotebook

/// Saving replaces a file's content and nothing else: not its permissions, owner or group, and
/// not a symbolic link on the way to it.
struct AtomicWriteTests {
  let directory: String = {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("tape-atomic-\(UUID().uuidString)").path
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }()

  func status(_ path: String) -> stat {
    var status = stat()
    _ = lstat(path, &status)
    return status
  }

  func mode(_ path: String) -> mode_t { status(path).st_mode & 0o7777 }

  func contents(_ path: String) -> String? {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
  }

  /// Everything in the folder, so a test can see that no temporary file was left behind.
  func names() -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
  }

  @Test(arguments: [0o600, 0o640, 0o604, 0o755] as [mode_t])
  func replacingAFileKeepsItsPermissions(permissions: mode_t) {
    let path = directory + "/n.session"
    #expect(AtomicWrite.write("one\n", to: path) == nil)
    #expect(chmod(path, permissions) == 0)
    #expect(AtomicWrite.write("two\n", to: path) == nil)
    #expect(contents(path) == "two\n")
    #expect(mode(path) == permissions)
  }

  /// The process's umask, read without setting it: tests run in parallel, and `umask(2)` can only
  /// be read by changing it.
  var currentUmask: mode_t {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("Umask:") }
    return line.flatMap { mode_t($0.dropFirst("Umask:".count).trimmingCharacters(in: .whitespaces), radix: 8) } ?? 0o022
  }

  @Test func aNewFileIsReadableByOthersUnderTheUmaskUnlessAskedToBeOwnerOnly() {
    #expect(AtomicWrite.write("x\n", to: directory + "/shared.session") == nil)
    #expect(mode(directory + "/shared.session") == 0o644 & ~currentUmask)
    #expect(AtomicWrite.write("x\n", to: directory + "/private", newFile: .ownerOnly) == nil)
    #expect(mode(directory + "/private") == 0o600)
    // Owner-only is for new files; a file that exists keeps what it has.
    #expect(chmod(directory + "/shared.session", 0o644) == 0)
    #expect(AtomicWrite.write("y\n", to: directory + "/shared.session", newFile: .ownerOnly) == nil)
    #expect(mode(directory + "/shared.session") == 0o644)
  }

  /// Only root can hand a file to another user, so only root can see the owner kept.
  @Test(.enabled(if: geteuid() == 0)) func replacingAFileKeepsItsOwnerAndGroupWherePermitted() {
    let path = directory + "/theirs.session"
    #expect(AtomicWrite.write("one\n", to: path) == nil)
    #expect(chown(path, 4321, 8765) == 0)
    #expect(AtomicWrite.write("two\n", to: path) == nil)
    #expect(status(path).st_uid == 4321)
    #expect(status(path).st_gid == 8765)
  }

  @Test func writingThroughAChainOfLinksReplacesTheFinalTargetAndKeepsTheLinks() throws {
    // notes/link -> ../elsewhere/hop -> real.session, with relative targets at each step.
    let manager = FileManager.default
    try manager.createDirectory(atPath: directory + "/notes", withIntermediateDirectories: true)
    try manager.createDirectory(atPath: directory + "/elsewhere", withIntermediateDirectories: true)
    #expect(AtomicWrite.write("old\n", to: directory + "/elsewhere/real.session") == nil)
    #expect(chmod(directory + "/elsewhere/real.session", 0o600) == 0)
    try manager.createSymbolicLink(atPath: directory + "/elsewhere/hop", withDestinationPath: "real.session")
    try manager.createSymbolicLink(atPath: directory + "/notes/link", withDestinationPath: "../elsewhere/hop")

    #expect(AtomicWrite.write("new\n", to: directory + "/notes/link") == nil)
    #expect(contents(directory + "/elsewhere/real.session") == "new\n")
    #expect(mode(directory + "/elsewhere/real.session") == 0o600)
    #expect(try manager.destinationOfSymbolicLink(atPath: directory + "/notes/link") == "../elsewhere/hop")
    #expect(try manager.destinationOfSymbolicLink(atPath: directory + "/elsewhere/hop") == "real.session")
    // The temporary file went beside the target, and is gone.
    #expect(try manager.contentsOfDirectory(atPath: directory + "/notes") == ["link"])
    #expect(try manager.contentsOfDirectory(atPath: directory + "/elsewhere").sorted() == ["hop", "real.session"])
  }

  @Test func aLinkToANameNotThereYetCreatesTheTarget() throws {
    try FileManager.default.createSymbolicLink(atPath: directory + "/link", withDestinationPath: "made.session")
    #expect(AtomicWrite.write("x\n", to: directory + "/link") == nil)
    #expect(contents(directory + "/made.session") == "x\n")
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: directory + "/link") == "made.session")
  }

  @Test func aLoopOfLinksIsRefusedAndWritesNothing() throws {
    try FileManager.default.createSymbolicLink(atPath: directory + "/a", withDestinationPath: "b")
    try FileManager.default.createSymbolicLink(atPath: directory + "/b", withDestinationPath: "a")
    #expect(AtomicWrite.write("x\n", to: directory + "/a") == "cannot write \(directory)/a: Too many levels of symbolic links")
    #expect(names() == ["a", "b"])
  }

  @Test func aPipeIsNotReplacedByAPlainFile() {
    let path = directory + "/pipe"
    #expect(mkfifo(path, 0o600) == 0)
    #expect(AtomicWrite.write("x\n", to: path) == "cannot write \(path): it is not a regular file (a device, a pipe or a socket)")
    #expect(status(path).st_mode & S_IFMT == S_IFIFO)
    #expect(names() == ["pipe"])
  }

  @Test func aFolderIsNotReplaced() throws {
    try FileManager.default.createDirectory(atPath: directory + "/folder.session", withIntermediateDirectories: true)
    #expect(AtomicWrite.write("x\n", to: directory + "/folder.session") == "cannot write \(directory)/folder.session: Is a directory")
    #expect(names() == ["folder.session"])
  }

  @Test func aFailedWriteSaysWhyAndLeavesNothingBehind() {
    let problem = AtomicWrite.write("x", to: "/nonexistent-folder-for-tape/n.session")
    #expect(problem == "cannot write /nonexistent-folder-for-tape/n.session: No such file or directory")
  }

  @Test func createWritesANewFile() {
    #expect(AtomicWrite.create("x\n", at: directory + "/new.session") == nil)
    #expect(contents(directory + "/new.session") == "x\n")
    #expect(names() == ["new.session"])
  }

  @Test func createNeverWritesOverAFileOrALinkAndLeavesNothingBehind() throws {
    #expect(AtomicWrite.create("mine\n", at: directory + "/taken.session") == nil)
    #expect(AtomicWrite.create("other\n", at: directory + "/taken.session") == .alreadyExists)
    #expect(contents(directory + "/taken.session") == "mine\n")
    // A broken link takes its name as well: writing through it would create a file elsewhere.
    try FileManager.default.createSymbolicLink(atPath: directory + "/dangling", withDestinationPath: "nowhere")
    #expect(AtomicWrite.create("other\n", at: directory + "/dangling") == .alreadyExists)
    #expect(names() == ["dangling", "taken.session"])
  }

  @Test func createInAMissingFolderSaysWhy() {
    #expect(
      AtomicWrite.create("x", at: "/nonexistent-folder-for-tape/n.session")
        == .failed("cannot write /nonexistent-folder-for-tape/n.session: No such file or directory"))
  }
}
