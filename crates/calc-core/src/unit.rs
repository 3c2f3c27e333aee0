use serde::Serialize;

/// What a number measures. Drives formatting everywhere (page, CLI, PDF) so a figure
/// reads the same in each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Unit {
    #[serde(rename = "USD")]
    Usd,
    #[serde(rename = "USD/month")]
    UsdPerMonth,
    #[serde(rename = "USD/year")]
    UsdPerYear,
    #[serde(rename = "USD/hour")]
    UsdPerHour,
    #[serde(rename = "USD/vCore-hour")]
    UsdPerVcoreHour,
    #[serde(rename = "USD/GB-month")]
    UsdPerGbMonth,
    #[serde(rename = "USD/million requests")]
    UsdPerMillion,
    #[serde(rename = "USD/ACU-hour")]
    UsdPerAcuHour,
    #[serde(rename = "USD/2-core pack")]
    UsdPerPack,
    #[serde(rename = "USD/2-core pack/year")]
    UsdPerPackYear,
    /// A percentage typed as 0–100.
    #[serde(rename = "%")]
    Percent,
    /// A fraction 0–1, shown as a percentage.
    #[serde(rename = "share")]
    Share,
    #[serde(rename = "x")]
    Multiplier,
    #[serde(rename = "GB")]
    Gb,
    #[serde(rename = "million requests/month")]
    MillionRequests,
    #[serde(rename = "hours/month")]
    HoursPerMonth,
    #[serde(rename = "months")]
    Months,
    #[serde(rename = "years")]
    Years,
    #[serde(rename = "count")]
    Count,
    #[serde(rename = "cores")]
    Cores,
    #[serde(rename = "vCores")]
    VCores,
    #[serde(rename = "ACU")]
    Acu,
    #[serde(rename = "tokens")]
    Tokens,
    #[serde(rename = "")]
    Text,
}

impl Unit {
    /// The unit as written after a number in labels and tables ("USD/month", "%").
    pub fn label(self) -> &'static str {
        match self {
            Unit::Usd => "USD",
            Unit::UsdPerMonth => "USD/month",
            Unit::UsdPerYear => "USD/year",
            Unit::UsdPerHour => "USD/hour",
            Unit::UsdPerVcoreHour => "USD/vCore-hour",
            Unit::UsdPerGbMonth => "USD/GB-month",
            Unit::UsdPerMillion => "USD/million requests",
            Unit::UsdPerAcuHour => "USD/ACU-hour",
            Unit::UsdPerPack => "USD/2-core pack",
            Unit::UsdPerPackYear => "USD/2-core pack/year",
            Unit::Percent => "%",
            Unit::Share => "%",
            Unit::Multiplier => "×",
            Unit::Gb => "GB",
            Unit::MillionRequests => "million requests/month",
            Unit::HoursPerMonth => "hours/month",
            Unit::Months => "months",
            Unit::Years => "years",
            Unit::Count => "",
            Unit::Cores => "cores",
            Unit::VCores => "vCores",
            Unit::Acu => "ACU",
            Unit::Tokens => "tokens",
            Unit::Text => "",
        }
    }

    pub fn is_money(self) -> bool {
        matches!(
            self,
            Unit::Usd
                | Unit::UsdPerMonth
                | Unit::UsdPerYear
                | Unit::UsdPerHour
                | Unit::UsdPerVcoreHour
                | Unit::UsdPerGbMonth
                | Unit::UsdPerMillion
                | Unit::UsdPerAcuHour
                | Unit::UsdPerPack
                | Unit::UsdPerPackYear
        )
    }

    /// Prices per unit of usage (per hour, per GB…) keep more decimals than totals.
    pub fn is_rate(self) -> bool {
        matches!(
            self,
            Unit::UsdPerHour
                | Unit::UsdPerVcoreHour
                | Unit::UsdPerGbMonth
                | Unit::UsdPerMillion
                | Unit::UsdPerAcuHour
        )
    }
}
