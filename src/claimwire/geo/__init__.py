"""claimwire.geo"""
