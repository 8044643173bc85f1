"""claimwire.batch"""
