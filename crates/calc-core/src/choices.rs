//! Choices declared once: `choices!` writes the enum, its option list for the field
//! declaration, each option's URL key and label, and the typed read.

use crate::Choice;

/// An enum whose variants are the options of a choice field.
pub trait ChoiceEnum: Sized + Copy + 'static {
    /// The options in form order, as a field declaration takes them.
    const OPTIONS: &'static [Choice];
    /// Every variant, in the same order as `OPTIONS`.
    const ALL: &'static [Self];

    fn key(self) -> &'static str {
        Self::OPTIONS[self.index()].key
    }
    fn label(self) -> &'static str {
        Self::OPTIONS[self.index()].label
    }
    fn index(self) -> usize;
    fn from_key(key: &str) -> Option<Self> {
        Self::OPTIONS.iter().position(|o| o.key == key).map(|i| Self::ALL[i])
    }
}

/// ```
/// calc_core::choices! {
///     /// Where the workload runs.
///     pub enum Service {
///         SqlDb = "sqldb" => "Azure SQL Database",
///         Vm = "vm" => "SQL Server on Azure VMs",
///     }
/// }
/// use calc_core::ChoiceEnum;
/// assert_eq!(Service::from_key("vm"), Some(Service::Vm));
/// assert_eq!(Service::SqlDb.label(), "Azure SQL Database");
/// assert_eq!(Service::OPTIONS[1].key, "vm");
/// ```
#[macro_export]
macro_rules! choices {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $key:literal => $label:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        $vis enum $name { $($(#[$vmeta])* $variant),+ }

        impl $crate::ChoiceEnum for $name {
            const OPTIONS: &'static [$crate::Choice] = &[$($crate::Choice { key: $key, label: $label }),+];
            const ALL: &'static [Self] = &[$($name::$variant),+];
            fn index(self) -> usize {
                self as usize
            }
        }
    };
}
