//! Licence counting: how many licences a database footprint needs under each vendor's public
//! rule. Pure numbers and enums, shared by every calculator that counts licences, so a rule is
//! written once. Each function names the rule it implements and where it is published.

/// Oracle Database processor licences.
pub mod oracle {
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Edition {
        Enterprise,
        StandardTwo,
    }

    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Platform {
        OnPrem,
        Aws,
        Azure,
        Gcp,
        Oci,
    }

    /// Standard Edition 2 in an authorised cloud: at most 8 vCPUs per instance (Oracle,
    /// "Licensing Oracle Software in the Cloud Computing Environment"); on-premises, at most 2
    /// sockets per server (Oracle Database Licensing Information).
    pub const SE2_MAX_VCPUS: f64 = 8.0;
    pub const SE2_MAX_SOCKETS: f64 = 2.0;

    /// vCPUs per OCI OCPU on x86 shapes (Oracle's compute pricing: "1 OCPU on x86 = 2 vCPUs").
    pub const VCPUS_PER_OCPU: f64 = 2.0;

    #[derive(Clone, Copy, Debug, PartialEq)]
    pub enum LicenceError {
        /// SE2 above its cloud vCPU limit (or on-premises socket limit).
        Se2Limit { max: f64 },
        /// No published rule converts OCI OCPUs to Standard Edition 2 sockets.
        Se2OnOci,
    }

    /// Oracle processor licences (SE2: sockets, each licensed as one processor).
    /// - On-premises EE: cores × core factor, rounded up (Oracle Processor Core Factor Table).
    /// - AWS, Azure, GCP (Authorized Cloud Environment policy): 2 vCPUs = 1 processor with
    ///   hyper-threading, 1 vCPU = 1 processor without; the core factor does not apply.
    /// - OCI: 1 OCPU = 1 processor.
    /// - SE2 in AWS, Azure or GCP: one socket per 4 vCPUs, rounded up, at most 8 vCPUs;
    ///   on-premises `cpus` counts sockets, at most 2; on OCI no published rule converts OCPUs
    ///   to sockets.
    pub fn processor_licences(
        edition: Edition,
        platform: Platform,
        cpus: f64,
        ht: bool,
        core_factor: f64,
    ) -> Result<f64, LicenceError> {
        let cpus = cpus.max(0.0);
        match (edition, platform) {
            (Edition::Enterprise, Platform::OnPrem) => Ok((cpus * core_factor - 1e-9).ceil().max(0.0)),
            (Edition::Enterprise, Platform::Oci) => Ok(cpus.ceil()),
            (Edition::Enterprise, _) => Ok(if ht { (cpus / 2.0).ceil() } else { cpus.ceil() }),
            (Edition::StandardTwo, Platform::OnPrem) => {
                if cpus > SE2_MAX_SOCKETS {
                    Err(LicenceError::Se2Limit { max: SE2_MAX_SOCKETS })
                } else {
                    Ok(cpus.ceil())
                }
            }
            (Edition::StandardTwo, Platform::Oci) => Err(LicenceError::Se2OnOci),
            (Edition::StandardTwo, _) => {
                if cpus > SE2_MAX_VCPUS {
                    Err(LicenceError::Se2Limit { max: SE2_MAX_VCPUS })
                } else {
                    Ok((cpus / 4.0).ceil())
                }
            }
        }
    }

    /// `total` whole cores, vCPUs or sockets spread as evenly as possible over `servers`:
    /// `larger` of them carry `size + 1`, the rest `size` (`larger` is 0 when it divides).
    #[derive(Clone, Copy, Debug, PartialEq)]
    pub struct Spread {
        pub servers: f64,
        pub size: f64,
        pub larger: f64,
    }

    impl Spread {
        pub fn new(total: f64, servers: f64) -> Self {
            let total = total.max(0.0).ceil();
            let servers = servers.max(1.0).floor();
            let size = (total / servers).floor();
            Spread { servers, size, larger: total - size * servers }
        }

        /// The largest server's share.
        pub fn largest(&self) -> f64 {
            if self.larger > 0.0 {
                self.size + 1.0
            } else {
                self.size
            }
        }
    }

    /// Standard Edition 2 sockets of one cloud instance: 4 vCPUs or fewer count as 1 socket,
    /// every further 4 (rounded up) as another (Oracle, "Licensing Oracle Software in the Cloud
    /// Computing Environment").
    pub fn se2_instance_sockets(vcpus: f64) -> f64 {
        (vcpus.max(0.0) / 4.0).ceil()
    }

    /// Oracle processor licences when `cpus` (cores on-premises, sockets for SE2 on-premises,
    /// vCPUs in AWS, Azure and Google Cloud, OCPUs on OCI) are spread evenly over `servers`
    /// servers or cloud instances. Standard Edition 2's limits apply to each server or
    /// instance, not to the estate: at most 2 sockets per server (Oracle Database Licensing
    /// Information User Manual) and at most 8 vCPUs per cloud instance, whose sockets are
    /// counted instance by instance (`se2_instance_sockets`). Enterprise Edition is counted on
    /// the estate's total, as `processor_licences` does.
    pub fn processor_licences_on_servers(
        edition: Edition,
        platform: Platform,
        cpus: f64,
        servers: f64,
        ht: bool,
        core_factor: f64,
    ) -> Result<f64, LicenceError> {
        let spread = Spread::new(cpus, servers);
        match (edition, platform) {
            (Edition::Enterprise, _) | (Edition::StandardTwo, Platform::Oci) => {
                processor_licences(edition, platform, cpus, ht, core_factor)
            }
            (Edition::StandardTwo, Platform::OnPrem) => {
                if spread.largest() > SE2_MAX_SOCKETS {
                    Err(LicenceError::Se2Limit { max: SE2_MAX_SOCKETS })
                } else {
                    Ok(cpus.max(0.0).ceil())
                }
            }
            (Edition::StandardTwo, _) => {
                if spread.largest() > SE2_MAX_VCPUS {
                    Err(LicenceError::Se2Limit { max: SE2_MAX_VCPUS })
                } else {
                    let smaller = spread.servers - spread.larger;
                    Ok(spread.larger * se2_instance_sockets(spread.size + 1.0)
                        + smaller * se2_instance_sockets(spread.size))
                }
            }
        }
    }

    /// OCPUs of an OCI instance with the same vCPUs: vCPUs ÷ 2, rounded up (x86 shapes).
    pub fn ocpus_for_vcpus(vcpus: f64) -> f64 {
        (vcpus.max(0.0) / VCPUS_PER_OCPU).ceil()
    }

    /// OCPUs one processor licence covers on OCI, the conservative reading: "1 OCPU = 1
    /// Processor License" (the blog the calculators follow, and several licensing advisors).
    pub const OCI_OCPUS_PER_LICENCE_CONSERVATIVE: f64 = 1.0;

    /// OCPUs one processor licence covers on OCI, the other reading: Oracle's BYOL conversion
    /// ratio as published for OCI BYOL offerings ("For each supported Processor license You
    /// may activate up to 2 OCPUs"), which matches the x86 core factor 0.5 applied to an OCPU
    /// of one physical core.
    pub const OCI_OCPUS_PER_LICENCE_CORE_FACTOR: f64 = 2.0;

    /// Processor licences for one OCI instance of `ocpus` OCPUs, when one licence covers
    /// `ocpus_per_licence` OCPUs, rounded up per instance. Standard Edition 2 counts the same
    /// way, each licence a processor (socket) licence: at 2 OCPUs (4 vCPUs) per licence this
    /// is the Authorized Cloud Environment's "every four vCPUs = 1 socket". Public sources
    /// disagree on the ratio, so the caller chooses it.
    pub fn oci_processor_licences(ocpus: f64, ocpus_per_licence: f64) -> f64 {
        (ocpus.max(0.0) / ocpus_per_licence.max(1e-9) - 1e-9).ceil().max(0.0)
    }

    /// Processor licences for `ocpus` OCPUs spread evenly over `instances` OCI instances,
    /// rounded up instance by instance (`oci_processor_licences`), for either edition.
    pub fn oci_licences_on_instances(ocpus: f64, instances: f64, ocpus_per_licence: f64) -> f64 {
        let spread = Spread::new(ocpus, instances);
        let smaller = spread.servers - spread.larger;
        spread.larger * oci_processor_licences(spread.size + 1.0, ocpus_per_licence)
            + smaller * oci_processor_licences(spread.size, ocpus_per_licence)
    }

    /// The input every calculator that counts Oracle licences on OCI declares (URL key
    /// `oci_ocpus_per_licence`): how many OCPUs one processor licence covers, since public
    /// sources disagree; the conservative reading is the default.
    pub const fn oci_ratio_field(group: &'static str) -> crate::Field {
        crate::Field {
            key: "oci_ocpus_per_licence",
            label: "OCPUs one Oracle processor licence covers on OCI",
            unit: crate::Unit::quantity("OCPUs/licence", 0, ""),
            kind: crate::FieldKind::Integer { min: 1, max: 2, default: 1 },
            help: crate::prose!(
                "Public sources disagree: 1 (\"1 OCPU = 1 processor licence\", the conservative reading, the \
                   default) or 2 (Oracle's BYOL conversion ratio for OCI, \"up to 2 OCPUs\" per processor licence, \
                   as the x86 core factor 0.5 gives for an OCPU of one physical core). Check your Oracle agreement."),
            group,
        }
    }
}

/// Microsoft SQL Server per-core licences (Microsoft Product Terms, per-core licensing).
///
/// One rule for every calculator: core licences are **assigned per VM** (every virtual core,
/// at least 4 per VM) or per physical server (every physical core, at least 4), and the
/// 2-core packs Microsoft sells are **bought once for the total** a deployment needs: three
/// 5-vCPU VMs are assigned 15 core licences, bought as 8 packs (16 licences), not 3 × 3 packs.
pub mod sqlserver {
    /// "License all virtual cores, minimum of 4 core licences per VM / OSE" (and per physical
    /// processor when licensing a whole server).
    pub const MIN_CORES: f64 = 4.0;

    /// Core licences are sold in packs of 2.
    pub const PACK_CORES: f64 = 2.0;

    /// Round a core count up to whole cores, then up to whole 2-core packs.
    pub fn round_to_packs(cores: f64) -> f64 {
        let whole = cores.ceil().max(0.0);
        whole + whole % PACK_CORES
    }

    /// 2-core packs that hold `cores` core licences (bought once for the total).
    pub fn packs(cores: f64) -> f64 {
        round_to_packs(cores) / PACK_CORES
    }

    /// Core licences assigned to one VM or cloud instance licensed per virtual core: every
    /// vCPU, rounded up to a whole core, at least 4. Not rounded to packs: packs are bought for
    /// the total (`for_vms`).
    pub fn per_vm(vcpus: f64) -> f64 {
        vcpus.max(MIN_CORES).ceil()
    }

    /// Core licences assigned to `vms` identical VMs of `vcpus` each, before packs.
    pub fn assigned_for_vms(vcpus: f64, vms: f64) -> f64 {
        per_vm(vcpus) * vms.max(0.0).ceil()
    }

    /// Core licences to own for `vms` identical VMs of `vcpus` each: assigned per VM, bought
    /// in whole 2-core packs once for the total.
    pub fn for_vms(vcpus: f64, vms: f64) -> f64 {
        round_to_packs(assigned_for_vms(vcpus, vms))
    }

    /// Core licences to own for dedicated physical servers (e.g. EC2 Dedicated Hosts) licensed
    /// by their physical cores: every physical core of each host, at least 4, bought in whole
    /// 2-core packs once for the total.
    pub fn for_hosts(physical_cores_per_host: f64, hosts: f64) -> f64 {
        round_to_packs(physical_cores_per_host.max(MIN_CORES).ceil() * hosts.max(0.0).ceil())
    }

    /// How VMs on dedicated hosts are licensed.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum HostBasis {
        /// Each VM by its virtual cores (at least 4 per VM).
        VirtualCores,
        /// Every physical core of every host.
        PhysicalCores,
    }

    /// Core licences for `vms` VMs of `vcpus` each on `hosts` dedicated hosts: each VM by its
    /// virtual cores, or every physical core of the hosts where that is allowed
    /// (`physical_allowed`: Enterprise Edition, whose physical-core licences cover the VMs on
    /// the server) and needs fewer licences. Ties go to per-VM licensing, which keeps the
    /// licences mobile between hosts.
    pub fn for_dedicated_hosts(
        vcpus: f64,
        vms: f64,
        physical_cores_per_host: f64,
        hosts: f64,
        physical_allowed: bool,
    ) -> (f64, HostBasis) {
        let per_vm = for_vms(vcpus, vms);
        let physical = for_hosts(physical_cores_per_host, hosts);
        if physical_allowed && physical < per_vm {
            (physical, HostBasis::PhysicalCores)
        } else {
            (per_vm, HostBasis::VirtualCores)
        }
    }

    /// The most vCPUs (logical processors in a VM) SQL Server Standard uses in one instance:
    /// "lesser of 4 sockets or 32 cores" in SQL Server 2025; 24 in SQL Server 2022 and earlier
    /// (Microsoft Learn, "Editions and supported features of SQL Server 2025").
    pub const STANDARD_MAX_VCPUS: f64 = 32.0;
    pub const STANDARD_MAX_VCPUS_2022: f64 = 24.0;
}

#[cfg(test)]
mod tests {
    use super::oracle::{self, Edition, Platform};
    use super::sqlserver;

    #[test]
    fn sql_server_cores_have_a_minimum_and_packs() {
        assert_eq!(sqlserver::per_vm(2.0), 4.0); // minimum 4 per VM
        assert_eq!(sqlserver::per_vm(5.0), 5.0); // assigned per VM, not rounded to packs
        assert_eq!(sqlserver::per_vm(8.0), 8.0);
        assert_eq!(sqlserver::for_vms(2.0, 3.0), 12.0);
        // 3 × 5-vCPU VMs: 15 assigned, packs bought once for the total: 8 packs = 16.
        assert_eq!(sqlserver::assigned_for_vms(5.0, 3.0), 15.0);
        assert_eq!(sqlserver::for_vms(5.0, 3.0), 16.0);
        assert_eq!(sqlserver::packs(15.0), 8.0);
        assert_eq!(sqlserver::for_hosts(36.0, 2.0), 72.0);
        assert_eq!(sqlserver::round_to_packs(4.25), 6.0);
        // Two 4-vCPU VMs on one 36-core host: 8 per-VM licences, not 36.
        use sqlserver::HostBasis::*;
        assert_eq!(sqlserver::for_dedicated_hosts(4.0, 2.0, 36.0, 1.0, true), (8.0, VirtualCores));
        assert_eq!(sqlserver::for_dedicated_hosts(8.0, 9.0, 36.0, 1.0, true), (36.0, PhysicalCores));
        assert_eq!(sqlserver::for_dedicated_hosts(8.0, 9.0, 36.0, 1.0, false), (72.0, VirtualCores));
    }

    #[test]
    fn oracle_rules() {
        let p = oracle::processor_licences;
        assert_eq!(p(Edition::Enterprise, Platform::Aws, 16.0, true, 0.5), Ok(8.0));
        assert_eq!(p(Edition::Enterprise, Platform::Azure, 16.0, false, 0.5), Ok(16.0));
        assert_eq!(p(Edition::Enterprise, Platform::OnPrem, 8.0, true, 0.5), Ok(4.0));
        assert_eq!(oracle::ocpus_for_vcpus(5.0), 3.0);
        assert_eq!(oracle::oci_processor_licences(8.0, 1.0), 8.0);
        assert_eq!(oracle::oci_processor_licences(8.0, 2.0), 4.0);
        assert_eq!(oracle::oci_processor_licences(3.0, 2.0), 2.0);
    }

    #[test]
    fn se2_limits_apply_per_server() {
        let p = |platform, cpus, servers| {
            oracle::processor_licences_on_servers(Edition::StandardTwo, platform, cpus, servers, true, 0.5)
        };
        let limit = |max| Err(oracle::LicenceError::Se2Limit { max });
        assert_eq!(p(Platform::Aws, 16.0, 2.0), Ok(4.0)); // two 8-vCPU instances, 2 sockets each
        assert_eq!(p(Platform::Aws, 16.0, 1.0), limit(8.0)); // one 16-vCPU instance
        assert_eq!(p(Platform::Aws, 10.0, 3.0), Ok(3.0)); // 4 + 3 + 3 vCPUs: 1 socket each
        assert_eq!(p(Platform::Aws, 8.0, 1.0), Ok(2.0));
        assert_eq!(p(Platform::OnPrem, 4.0, 2.0), Ok(4.0)); // two 2-socket servers
        assert_eq!(p(Platform::OnPrem, 3.0, 1.0), limit(2.0));
        assert_eq!(oracle::Spread::new(10.0, 3.0), oracle::Spread { servers: 3.0, size: 3.0, larger: 1.0 });
    }
}
