/** The one-screen orchestrator (inspect, load, check, compute, render, publish) and the safe output folder. */
package id.cakupan.build;
