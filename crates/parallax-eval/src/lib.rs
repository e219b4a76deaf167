//! Evaluation harnesses. Each reads a dataset from its folder at run time
//! (datasets are never copied into the project), runs the pipeline, and
//! scores it with the dataset's published metric. Nothing here prints.

pub mod awareness;
pub mod cat;
pub mod derive;
pub mod entities;
pub mod extraction;
pub mod generate;
pub mod provenance;
pub mod quotes;
pub mod stories;
pub mod time;
pub mod timeline;

use std::path::PathBuf;

/// Errors that stop an evaluation (a missing dataset, unreadable gold file).
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("dataset not found: {0} (expected the ../shared/eval layout)")]
    Missing(PathBuf),
    #[error("cannot read {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("bad gold file {path}: {message}")]
    Gold { path: PathBuf, message: String },
    #[error("the judge failed on {path}: {message}")]
    Judge { path: PathBuf, message: String },
}

pub(crate) fn read_gz(path: &std::path::Path) -> Result<Vec<u8>, EvalError> {
    use std::io::Read;
    let f = std::fs::File::open(path).map_err(|source| EvalError::Io { path: path.into(), source })?;
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(f).read_to_end(&mut out).map_err(|source| EvalError::Io { path: path.into(), source })?;
    Ok(out)
}

/// A file's text; the error names the file.
pub(crate) fn read_text(path: &std::path::Path) -> Result<String, EvalError> {
    std::fs::read_to_string(path).map_err(|source| EvalError::Io { path: path.into(), source })
}

/// The files of `dir` whose name ends in `.ext`, sorted (runs are reproducible).
pub(crate) fn files_with_ext(dir: &std::path::Path, ext: &str) -> Result<Vec<PathBuf>, EvalError> {
    let rd = std::fs::read_dir(dir).map_err(|source| EvalError::Io { path: dir.into(), source })?;
    let mut v: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == ext)).collect();
    v.sort();
    Ok(v)
}

pub(crate) fn read_json(path: &std::path::Path) -> Result<serde_json::Value, EvalError> {
    let text = read_text(path)?;
    serde_json::from_str(&text).map_err(|e| EvalError::Gold { path: path.into(), message: e.to_string() })
}
