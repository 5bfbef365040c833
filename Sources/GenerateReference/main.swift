// Writes docs/reference.md from the builtin declarations, the doc comments of the embedded
// standard library and the help entries (`ReferenceDocument.markdown`), the same text `help` shows.
//
//   swift run GenerateReference          (or `make docs`; `make data` runs it too) from the package root
import Foundation
import TapeLibrary

let path = FileManager.default.currentDirectoryPath + "/docs/reference.md"
let text = ReferenceDocument.markdown
if (try? String(contentsOfFile: path, encoding: .utf8)) == text {
  print("docs/reference.md is up to date")
} else {
  try text.write(toFile: path, atomically: true, encoding: .utf8)
  print("wrote \(path)")
}
