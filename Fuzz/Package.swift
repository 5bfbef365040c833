// swift-tools-version: 6.0
// libFuzzer targets for Tape, in their own package so that the main build and CI never compile
// them: `-sanitize=fuzzer` needs every module built with it, and libFuzzer supplies `main`.
// Build and run with scripts/fuzz.sh; docs/reliability.md says what they found.
import PackageDescription

let package = Package(
  name: "TapeFuzz",
  dependencies: [
    // The identity of a path dependency is its folder's name, which differs between checkouts
    // (main, a worktree); naming it keeps the product references below stable.
    .package(name: "Tape", path: "..")
  ],
  targets: [
    // Ctrl-C for inputs that run long, and seeds shared by the targets.
    .target(name: "FuzzSupport", dependencies: [.product(name: "TapeCore", package: "Tape")]),
    // Arbitrary bytes through the lexer, parser, checker and evaluator, with the datasets and stdlib.
    .executableTarget(
      name: "FuzzInterpreter",
      dependencies: [
        "FuzzSupport", .product(name: "TapeCore", package: "Tape"), .product(name: "TapeLibrary", package: "Tape"),
      ]),
    // Arbitrary bytes as a pipe delivers them to `tape`: line by line, entries continued while
    // incomplete, text or JSON output (BatchSession, as `echo ... | tape`).
    .executableTarget(
      name: "FuzzPipe",
      dependencies: ["FuzzSupport", .product(name: "TapeREPL", package: "Tape")]),
    // Arbitrary bytes as a `.session` notebook: parsed, printed, replayed, verified and exported.
    .executableTarget(
      name: "FuzzSessionParser",
      dependencies: [
        "FuzzSupport", .product(name: "TapeCore", package: "Tape"), .product(name: "TapeLibrary", package: "Tape"),
        .product(name: "TapeNotebook", package: "Tape"),
      ]),
    // Arbitrary bytes as a downloaded notebook, loaded by `:load`, `tape run` and `tape check`:
    // no file may be written and no terminal control may reach the output.
    .executableTarget(
      name: "FuzzNotebookLoad",
      dependencies: [
        "FuzzSupport", .product(name: "TapeCore", package: "Tape"), .product(name: "TapeNotebook", package: "Tape"),
        .product(name: "TapeREPL", package: "Tape"),
      ]),
    // Values built by recursive functions (deep, wide, nested records) compared, combined, shown.
    .executableTarget(
      name: "FuzzValues",
      dependencies: [
        "FuzzSupport", .product(name: "TapeCore", package: "Tape"), .product(name: "TapeLibrary", package: "Tape"),
      ]),
    // Arbitrary bytes as a CSV file given to `load`.
    .executableTarget(
      name: "FuzzCSVLoad",
      dependencies: [
        "FuzzSupport", .product(name: "TapeCore", package: "Tape"), .product(name: "TapeLibrary", package: "Tape"),
      ]),
  ],
  swiftLanguageModes: [.v6]
)
