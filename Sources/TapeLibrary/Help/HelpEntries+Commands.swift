/// Help for the REPL's own commands, typed at the `tape>` prompt. They are not Tape expressions,
/// so they carry no examples; this is the description the REPL implements.
enum CommandHelp {
  static let entries: [HelpEntry] = [
    HelpEntry(
      name: ":help", kind: .command, aliases: [":h", "help"],
      summary: "Show help: a short tour, or the entry for a topic.",
      signature: ":help [TOPIC]   (or help [TOPIC])",
      explanation: """
        Alone, `help` prints a short tour of Tape and the list of topics. With a topic it explains \
        a function (`help round`), a unit (`help shares`, `help USD`), a concept (`help percent`) \
        or a command (`help :vars`). For an unknown topic it suggests close names and lists the \
        topics that mention the word, so `help WORD` also works as a search.
        """,
      seeAlso: [":vars", ":units"]),
    HelpEntry(
      name: ":vars", kind: .command,
      summary: "List the names bound in this session, with their values.",
      signature: ":vars",
      explanation: """
        Lists every variable and function defined in this session, in the order they were first \
        bound, with its current value.
        """,
      seeAlso: ["names", "ans"]),
    HelpEntry(
      name: ":units", kind: .command,
      summary: "List the units this session knows, built in and declared.",
      signature: ":units",
      explanation: """
        Lists every unit the session knows: the built-in ones (shares, durations, currencies) and \
        those declared with `unit`, with what each is defined as.
        """,
      seeAlso: ["units", "money"]),
    HelpEntry(
      name: ":history", kind: .command,
      summary: "List the entries of your history.",
      signature: ":history",
      explanation: "Lists the entries you have typed, oldest first, so you can find one to type again.",
      seeAlso: [":vars"]),
    HelpEntry(
      name: ":clear", kind: .command,
      summary: "Clear the screen; names, units and history are kept.",
      signature: ":clear",
      explanation: "Clears the terminal screen. The session is unchanged: names, units and history stay.",
      seeAlso: [":vars"]),
    HelpEntry(
      name: ":quit", kind: .command, aliases: [":q", ":exit", "quit", "exit"],
      summary: "Leave Tape.",
      signature: ":quit   (or :q, :exit, quit, exit)",
      explanation: "Ends the session. Ctrl-D on an empty line does the same.",
      seeAlso: [":vars"]),
    HelpEntry(
      name: ":save", kind: .command,
      summary: "Reserved; coming with notebooks.",
      signature: ":save FILE",
      explanation: "Reserved; coming with notebooks. It will save the session as a notebook file.",
      seeAlso: [":load"]),
    HelpEntry(
      name: ":load", kind: .command,
      summary: "Reserved; coming with notebooks.",
      signature: ":load FILE",
      explanation: "Reserved; coming with notebooks. It will replay a notebook file into the session.",
      seeAlso: [":save"]),
    HelpEntry(
      name: ":export", kind: .command,
      summary: "Reserved; coming with notebooks.",
      signature: ":export FILE",
      explanation: "Reserved; coming with notebooks. It will export a notebook to another format.",
      seeAlso: [":save"]),
  ]
}
