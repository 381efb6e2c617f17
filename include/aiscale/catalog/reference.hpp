// Reference figures for checking claims: electricity, data-centre efficiency and cost, the top
// supercomputer. Each is a quantity with the date it describes and where it comes from.
#pragma once

#include "aiscale/core/quantity.hpp"
#include "aiscale/units/compute.hpp"
#include "aiscale/units/derived.hpp"
#include "aiscale/units/devices.hpp"
#include "aiscale/units/energy.hpp"
#include "aiscale/units/estimate.hpp"
#include "aiscale/units/exchange_rate.hpp"
#include "aiscale/units/money.hpp"
#include "aiscale/units/scale_words.hpp"
#include "aiscale/units/sourced.hpp"
#include "aiscale/units/time.hpp"

namespace aiscale::reference {

// reference::sourced<Q> is the neutral sourced<Q> (units/sourced.hpp), by the name it has always had here.
using aiscale::sourced;

// --- electricity ---------------------------------------------------------------------------------
// Consumption per year is a power (TWh per year): it compares with GW directly.
inline constexpr sourced uk_electricity_2024{266.0 * TWh / year, date{2024},
                                             "Imperial College / Drax Electric Insights"};
inline constexpr sourced uk_electricity_2025{273.0 * TWh / year, date{2025},
                                             "Imperial College / Drax Electric Insights (provisional)"};
inline constexpr sourced uk_electricity_demand_2023{316.5 * TWh / year, date{2023}, "UK DESNZ, total demand basis"};
inline constexpr sourced us_industrial_price_2024{8.1 * us_cent / kWh, date{2024}, "US EIA, industrial average"};
inline constexpr sourced us_industrial_price_2025{8.6 * us_cent / kWh, date{2025}, "US EIA, industrial average"};

// Installed generating capacity is a power too, and it is not consumption: the "75 % of the UK"
// figure of the articles matches 75 GW against this capacity, not against 30 GW of average demand.
inline constexpr sourced uk_generating_capacity_2023{104.0 * GW, date{2023},
                                                     "UK DESNZ, Digest of UK Energy Statistics 2024, total installed "
                                                     "capacity of all generating companies (about 104 GW)"};
inline constexpr sourced uk_peak_demand_2024{47.0 * GW, date{2024}, "National Grid ESO, winter peak demand 45-48 GW"};

// --- data centres --------------------------------------------------------------------------------
inline constexpr sourced pue_industry_2024{1.56 * one, date{2024}, "Uptime Institute global survey 2024"};
inline constexpr sourced pue_google_2023{1.10 * one, date{2023}, "Google data centre fleet, 2023"};
// Colossus: 100,000 H100 needed at least 150 MW, i.e. about 1.5 kW per GPU all-in.
inline constexpr sourced colossus_h100_count{100'000.0 * gpu, date{2024}, "xAI Colossus, Memphis"};
inline constexpr sourced colossus_min_power{150.0 * MW, date{2024}, "xAI Colossus, Memphis"};
inline constexpr sourced colossus_power_per_gpu{colossus_min_power.value / colossus_h100_count.value, date{2024},
                                                "xAI Colossus, Memphis: 150 MW for 100,000 H100"};
// A 1 GW AI data centre: about USD 50 billion, about USD 35 billion of it NVIDIA hardware.
inline constexpr sourced cost_per_gw{50.0 * billion * usd / GW, date{2025, 8}, "NVIDIA earnings call, August 2025"};
inline constexpr sourced nvidia_hardware_per_gw{35.0 * billion * usd / GW, date{2025, 8},
                                                "NVIDIA earnings call, August 2025"};
// Stargate as OpenAI itself sized it: "a USD 500 billion, 10-gigawatt commitment".
inline constexpr sourced stargate_capacity{10.0 * GW, date{2025, 9}, "OpenAI, Stargate announcement, September 2025"};
// Colossus 1 as xAI lists it: 150,000 H100, 50,000 H200 and 30,000 GB200.
inline constexpr sourced colossus1_hopper{200'000.0 * gpu, date{2025, 7},
                                          "xAI, Colossus page (2025): 150,000 H100 and 50,000 H200"};
inline constexpr sourced colossus1_gb200{30'000.0 * gpu, date{2025, 7}, "xAI, Colossus page (2025)"};
// How long servers are depreciated over: Amazon shortened it from six to five years in 2025.
inline constexpr sourced server_service_life{5.0 * year, date{2025, 2},
                                             "Amazon, Q4 2024 results: servers' useful life from six to five years"};
// 10 GW is about 4-5 million GPUs.
inline constexpr sourced gpus_per_10_gw{estimate{4.0 * million * gpu, 5.0 * million* gpu}, date{2025, 9},
                                        "NVIDIA CEO, September 2025"};

// --- supercomputers ------------------------------------------------------------------------------
inline constexpr sourced el_capitan_rmax_2024{1.742 * EFLOPS_of(fp64), date{2024, 11},
                                              "TOP500 #1, November 2024 and June 2025 lists (HPL Rmax)"};
inline constexpr sourced el_capitan_rmax_2025{1.809 * EFLOPS_of(fp64), date{2025, 11},
                                              "TOP500 #1, November 2025 list (HPL Rmax)"};
inline constexpr sourced el_capitan_rpeak{2.746 * EFLOPS_of(fp64), date{2024, 11}, "TOP500 #1 (Rpeak)"};

}  // namespace aiscale::reference
