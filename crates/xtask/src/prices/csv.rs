//! A small RFC 4180 reader: comma-separated, fields optionally in double quotes, a doubled
//! quote inside quotes is a quote, quoted fields may hold commas and line breaks. The AWS
//! Price List CSV files are written this way; this avoids a dependency for one format.

/// Every record of `text`, each a list of fields. A blank last line is not a record.
pub fn records(text: &str) -> Result<Vec<Vec<String>>, String> {
    let mut out = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.trim_start_matches('\u{feff}').chars().peekable();
    let mut line = 1;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                '\n' => {
                    line += 1;
                    field.push(c);
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() => quoted = true,
            ',' => record.push(std::mem::take(&mut field)),
            '\r' => {}
            '\n' => {
                line += 1;
                record.push(std::mem::take(&mut field));
                out.push(std::mem::take(&mut record));
            }
            _ => field.push(c),
        }
    }
    if quoted {
        return Err(format!("a quoted field opened before line {line} is never closed"));
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        out.push(record);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::records;

    #[test]
    fn reads_quoted_and_bare_fields() {
        let r = records("\"a\",b,\"c, d\",\"e \"\"f\"\"\"\r\n1,,3,\"x\ny\"\n").unwrap();
        assert_eq!(r, vec![vec!["a", "b", "c, d", "e \"f\""], vec!["1", "", "3", "x\ny"]]);
        assert!(records("\"open").is_err());
    }
}
