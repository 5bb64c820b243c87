//! Reads the request validators' schemas out of a compiled `rest-typings` module
//! (`dist/v1/omnichannel.js`) without running it: the schemas are JavaScript object literals
//! bound to constants (`const XSchema = {...};`) and compiled by name
//! (`export const isXProps = ajv.compile(XSchema);`). The reader knows that subset of
//! JavaScript (literals, references to earlier constants, spreads, `Object.values(Enum)`)
//! and marks anything else as unresolved instead of guessing.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

/// What the module binds: constants holding literals, and the validators compiled from them.
#[derive(Debug, Default)]
pub struct Module {
    /// `const NAME = <literal>` (exported or not), in the order they appear.
    pub constants: BTreeMap<String, Value>,
    /// `export const NAME = ajv.compile(<constant or literal>)`: the validator's schema.
    pub validators: BTreeMap<String, Value>,
}

/// The key under which a value the reader could not resolve is kept, with what it was.
pub const UNRESOLVED: &str = "x-unresolved";

/// Reads `source`. `enums` resolves `Object.values(Name)` (the string enums of
/// `@rocket.chat/core-typings`); a name it lacks stays unresolved.
pub fn read(source: &str, enums: &BTreeMap<String, Vec<String>>) -> Module {
    let mut module = Module::default();
    let mut parser = Parser {
        text: source.as_bytes(),
        at: 0,
        enums,
    };
    // Statement by statement, at the top level only: what is not a `const` binding a literal
    // or a compiled validator is skipped to the end of its line.
    while parser.at < parser.text.len() {
        parser.blank();
        let start = parser.at;
        parser.word("export");
        parser.blank();
        if !parser.word("const") {
            parser.at = start;
            parser.skip_line();
            continue;
        }
        parser.blank();
        let Some(name) = parser.identifier() else {
            parser.skip_line();
            continue;
        };
        parser.blank();
        if !parser.eat(b'=') {
            parser.skip_line();
            continue;
        }
        parser.blank();
        let compiled = parser.compile_call();
        match parser.value(&module.constants) {
            Some(value) if compiled => {
                parser.blank();
                parser.eat(b')');
                module.validators.insert(name, value);
            }
            Some(value) if !compiled => {
                module.constants.insert(name, value);
            }
            _ => {}
        }
        parser.skip_line();
    }
    module
}

/// The string enums of compiled TypeScript (`Name["KEY"] = "value";`), by enum name.
pub fn string_enums(source: &str) -> BTreeMap<String, Vec<String>> {
    let mut enums: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for line in source.lines() {
        let line = line.trim();
        let Some((left, right)) = line.split_once("] = ") else {
            continue;
        };
        let Some((name, _key)) = left.split_once("[\"") else {
            continue;
        };
        let value = right.trim_end_matches(';');
        let quoted = value.len() >= 2 && value.starts_with('"') && value.ends_with('"');
        let is_name = !name.is_empty()
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'$');
        if quoted && is_name {
            enums
                .entry(name.to_owned())
                .or_default()
                .push(value[1..value.len() - 1].to_owned());
        }
    }
    enums
}

struct Parser<'a> {
    text: &'a [u8],
    at: usize,
    enums: &'a BTreeMap<String, Vec<String>>,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    fn eat(&mut self, byte: u8) -> bool {
        if self.peek() == Some(byte) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    fn skip_line(&mut self) {
        while let Some(b) = self.peek() {
            self.at += 1;
            if b == b'\n' {
                break;
            }
        }
    }

    /// Whitespace and comments.
    fn blank(&mut self) {
        loop {
            match self.peek() {
                Some(b) if b.is_ascii_whitespace() => self.at += 1,
                Some(b'/') if self.text.get(self.at + 1) == Some(&b'/') => self.skip_line(),
                Some(b'/') if self.text.get(self.at + 1) == Some(&b'*') => {
                    self.at += 2;
                    while self.at < self.text.len() && !self.text[self.at..].starts_with(b"*/") {
                        self.at += 1;
                    }
                    self.at = (self.at + 2).min(self.text.len());
                }
                _ => return,
            }
        }
    }

    /// The keyword `word`, as a whole word.
    fn word(&mut self, word: &str) -> bool {
        let end = self.at + word.len();
        let whole = self.text.get(end).is_none_or(|b| !is_name_byte(*b));
        if self.text[self.at..].starts_with(word.as_bytes()) && whole {
            self.at = end;
            true
        } else {
            false
        }
    }

    fn identifier(&mut self) -> Option<String> {
        let start = self.at;
        while self.peek().is_some_and(is_name_byte) {
            self.at += 1;
        }
        (self.at > start && !self.text[start].is_ascii_digit())
            .then(|| String::from_utf8_lossy(&self.text[start..self.at]).into_owned())
    }

    /// `<name>.compile(`, the call that makes a validator; consumed when present.
    fn compile_call(&mut self) -> bool {
        let start = self.at;
        if self.identifier().is_some() && self.text[self.at..].starts_with(b".compile(") {
            self.at += ".compile(".len();
            self.blank();
            true
        } else {
            self.at = start;
            false
        }
    }

    fn value(&mut self, constants: &BTreeMap<String, Value>) -> Option<Value> {
        self.blank();
        match self.peek()? {
            b'{' => self.object(constants),
            b'[' => self.array(constants),
            b'\'' | b'"' | b'`' => self.string().map(Value::String),
            b'-' | b'0'..=b'9' => self.number(),
            _ => {
                let name = self.dotted()?;
                Some(match name.as_str() {
                    "true" => Value::Bool(true),
                    "false" => Value::Bool(false),
                    "null" | "undefined" => Value::Null,
                    "Object.values" | "Object.keys" => self.enum_values(&name),
                    _ => constants
                        .get(&name)
                        .cloned()
                        .unwrap_or_else(|| unresolved(&name)),
                })
            }
        }
    }

    /// `Name` or `Name.member`.
    fn dotted(&mut self) -> Option<String> {
        let mut name = self.identifier()?;
        while self.peek() == Some(b'.') {
            self.at += 1;
            name.push('.');
            name.push_str(&self.identifier()?);
        }
        Some(name)
    }

    /// `Object.values(Enum)`: the enum's values, when known.
    fn enum_values(&mut self, call: &str) -> Value {
        self.blank();
        if !self.eat(b'(') {
            return unresolved(call);
        }
        self.blank();
        let argument = self.dotted().unwrap_or_default();
        self.blank();
        self.eat(b')');
        match self.enums.get(&argument) {
            Some(values) if call == "Object.values" => {
                Value::Array(values.iter().cloned().map(Value::String).collect())
            }
            _ => unresolved(&format!("{call}({argument})")),
        }
    }

    fn object(&mut self, constants: &BTreeMap<String, Value>) -> Option<Value> {
        self.eat(b'{');
        let mut map = Map::new();
        loop {
            self.blank();
            if self.eat(b'}') {
                return Some(Value::Object(map));
            }
            if self.text[self.at..].starts_with(b"...") {
                self.at += 3;
                match self.value(constants)? {
                    Value::Object(spread) => map.extend(spread),
                    other => {
                        map.insert(UNRESOLVED.to_owned(), other);
                    }
                }
            } else {
                let key = match self.peek()? {
                    b'\'' | b'"' | b'`' => self.string()?,
                    _ => self.identifier()?,
                };
                self.blank();
                let value = if self.eat(b':') {
                    self.value(constants)?
                } else {
                    // Shorthand `{ name }`.
                    constants
                        .get(&key)
                        .cloned()
                        .unwrap_or_else(|| unresolved(&key))
                };
                map.insert(key, value);
            }
            self.blank();
            if !self.eat(b',') {
                self.blank();
                return self.eat(b'}').then_some(Value::Object(map));
            }
        }
    }

    fn array(&mut self, constants: &BTreeMap<String, Value>) -> Option<Value> {
        self.eat(b'[');
        let mut items = Vec::new();
        loop {
            self.blank();
            if self.eat(b']') {
                return Some(Value::Array(items));
            }
            if self.text[self.at..].starts_with(b"...") {
                self.at += 3;
                match self.value(constants)? {
                    Value::Array(spread) => items.extend(spread),
                    other => items.push(other),
                }
            } else {
                items.push(self.value(constants)?);
            }
            self.blank();
            if !self.eat(b',') {
                self.blank();
                return self.eat(b']').then_some(Value::Array(items));
            }
        }
    }

    fn string(&mut self) -> Option<String> {
        let quote = self.peek()?;
        self.at += 1;
        let mut out = Vec::new();
        while let Some(b) = self.peek() {
            self.at += 1;
            match b {
                b'\\' => {
                    let escaped = self.peek()?;
                    self.at += 1;
                    out.push(match escaped {
                        b'n' => b'\n',
                        b't' => b'\t',
                        other => other,
                    });
                }
                _ if b == quote => return String::from_utf8(out).ok(),
                _ => out.push(b),
            }
        }
        None
    }

    fn number(&mut self) -> Option<Value> {
        let start = self.at;
        while self
            .peek()
            .is_some_and(|b| b.is_ascii_digit() || matches!(b, b'-' | b'.' | b'e' | b'E'))
        {
            self.at += 1;
        }
        let text = std::str::from_utf8(&self.text[start..self.at]).ok()?;
        serde_json::from_str(text).ok()
    }
}

fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'$'
}

fn unresolved(what: &str) -> Value {
    let mut map = Map::new();
    map.insert(UNRESOLVED.to_owned(), Value::String(what.to_owned()));
    Value::Object(map)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn constants_spreads_references_and_compiled_validators() {
        let source = r#"import { Status } from '@rocket.chat/core-typings';
import { ajv, ajvQuery } from './Ajv';
// a comment
const Paging = {
    count: { type: 'number', nullable: true },
    offset: { type: "number" },
};
const ListSchema = {
    type: 'object',
    properties: {
        ...Paging,
        status: { type: 'string', enum: Object.values(Status) },
        other: { type: 'string', enum: Object.values(Missing) },
        'quoted-key': { type: ['string', 'number'] }, /* inline */
    },
    required: [],
    additionalProperties: false,
};
export const isListProps = ajvQuery.compile(ListSchema);
export const isInlineProps = ajv.compile({ type: 'object', required: ['rid'] });
function unrelated() { return 1; }
"#;
        let enums = string_enums(
            "var Status;\n(function (Status) {\n    Status[\"ON\"] = \"on\";\n    Status[\"OFF\"] = \"off\";\n})(Status || (Status = {}));",
        );
        let module = read(source, &enums);
        assert_eq!(
            module.validators["isListProps"]["properties"],
            json!({
                "count": {"type": "number", "nullable": true},
                "offset": {"type": "number"},
                "status": {"type": "string", "enum": ["on", "off"]},
                "other": {"type": "string", "enum": {UNRESOLVED: "Object.values(Missing)"}},
                "quoted-key": {"type": ["string", "number"]},
            })
        );
        assert_eq!(
            module.validators["isInlineProps"],
            json!({"type": "object", "required": ["rid"]})
        );
        assert!(module.constants.contains_key("Paging"));
        assert_eq!(module.validators.len(), 2);
    }

    #[test]
    fn broken_input_is_skipped_not_a_panic() {
        for source in [
            "const X = {",
            "const = 1",
            "export const Y = ajv.compile(",
            "'",
        ] {
            let module = read(source, &BTreeMap::new());
            assert!(module.validators.is_empty(), "{source}");
        }
    }
}
