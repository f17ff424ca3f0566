"""What the language-model data generators (gen_lm_data.py, gen_lm_ceilings.py, gen_words_index.py) share: a table
is written whole or not at all, and what was written is said with the sha256 the tests pin. Standard library only."""
import hashlib, os


def write_table(path, data, summary):
    """Writes `data` to `path` through a temporary file renamed over it, so that no reader (nor a generator run
    interrupted) ever leaves half a table, then prints the path, `summary`, the size and the sha256."""
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)
    print(f"{path}: {summary}, {len(data) / 1e6:.1f} MB, sha256 {hashlib.sha256(data).hexdigest()}")
