extension Expr {
  /// The first node found more than `limit` levels below this one, or nil when the tree is no
  /// taller. Iterative, because its purpose is to stop trees too tall for the recursive stages
  /// after the parser (the resolver, the evaluator, `why`): a chain such as `1 + 1 + ... + 1`
  /// builds a tree as tall as it is long without any recursion in the parser.
  func nodeDeeperThan(_ limit: Int) -> Expr? {
    var pending: [(node: Expr, depth: Int)] = [(self, 1)]
    while let (node, depth) = pending.popLast() {
      if depth > limit { return node }
      node.forEachChild { pending.append(($0, depth + 1)) }
    }
    return nil
  }

  func forEachChild(_ body: (Expr) -> Void) {
    switch kind {
    case .number, .percent, .money, .date, .string, .bool, .name:
      break
    case .unary(_, let operand, _):
      body(operand)
    case .binary(_, let left, let right, _):
      body(left)
      body(right)
    case .withUnit(let value, let unit):
      body(value)
      body(unit)
    case .call(let callee, let arguments):
      body(callee)
      arguments.forEach(body)
    case .field(let base, _, _):
      body(base)
    case .index(let base, let index):
      body(base)
      body(index)
    case .slice(let base, let from, let through):
      body(base)
      from.map(body)
      through.map(body)
    case .list(let items):
      items.forEach(body)
    case .record(let fields):
      for field in fields { body(field.value) }
    case .ifThenElse(let condition, let whenTrue, let whenFalse):
      body(condition)
      body(whenTrue)
      body(whenFalse)
    case .lambda(_, let lambdaBody):
      body(lambdaBody)
    case .conversion(let value, let target):
      body(value)
      if case .unit(let unit) = target.kind { body(unit) }
      if let date = target.date { body(date) }
    }
  }
}

extension Stmt {
  /// The expressions the statement holds.
  var expressions: [Expr] {
    switch kind {
    case .expression(let expr), .binding(_, _, let expr), .function(_, _, _, _, let expr), .why(let expr): [expr]
    case .unit(_, _, let definition): definition.map { [$0] } ?? []
    case .sources, .datasets: []
    }
  }
}
