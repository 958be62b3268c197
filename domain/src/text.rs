//! Text folding for search: what a parent types must find a school whatever the case or accents.

/// Lower-cases, strips the accents of Latin letters and collapses runs of spaces.
pub fn fold_for_search(input: &str) -> String {
    let mut folded = String::with_capacity(input.len());
    let mut last_was_space = true;
    for c in input.chars().flat_map(char::to_lowercase) {
        let c = strip_accent(c);
        if c.is_whitespace() {
            if !last_was_space {
                folded.push(' ');
            }
            last_was_space = true;
        } else {
            folded.push(c);
            last_was_space = false;
        }
    }
    if folded.ends_with(' ') {
        folded.pop();
    }
    folded
}

fn strip_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        '’' | '`' | '´' => '\'',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::fold_for_search;

    #[test]
    fn folds_case_accents_and_spaces() {
        assert_eq!(fold_for_search("  Istituto   Comprensivo  NICCOLÒ "), "istituto comprensivo niccolo");
        assert_eq!(fold_for_search("Forlì-Cesena"), "forli-cesena");
        assert_eq!(fold_for_search("D’Annunzio"), "d'annunzio");
        assert_eq!(fold_for_search(""), "");
    }
}
