import Foundation

/// Starts libFuzzer. SwiftPM renames an executable's `main` on Linux (`--defsym main=<target>_main`)
/// so libFuzzer's own `main` cannot be the entry point; each target's main.swift calls this.
public enum FuzzDriver {
  public typealias Target = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

  public static func run(_ target: Target) -> Never {
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, target))
  }
}

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
  _ target: FuzzDriver.Target
) -> CInt
